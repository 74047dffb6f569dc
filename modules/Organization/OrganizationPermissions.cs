namespace SafetyPortal.Organization;

public static class OrganizationPermissions
{
    public const string GroupName = "Organization";

    public static class Tenants
    {
        public const string Default = GroupName + ".Tenants";
        public const string Create = Default + ".Create";
        public const string Edit = Default + ".Edit";
    }

    public static class Enterprises
    {
        public const string Default = GroupName + ".Enterprises";
    }
}
