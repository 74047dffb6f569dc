namespace SafetyPortal.Organization;

public static class OrganizationPermissions
{
    public const string GroupName = "Organization";

    public static class Tenants
    {
        public const string Default = GroupName + ".Tenants";
        public const string Create = Default + ".Create";
        public const string Edit = Default + ".Edit";

        /// <summary>Switch into a town as one of its users (the audit log names the bureau user behind every action).</summary>
        public const string Enter = Default + ".Enter";
    }

    public static class Reports
    {
        /// <summary>The bureau's cross-town overview: enterprises, staff, key sites and grades per town.</summary>
        public const string Towns = GroupName + ".Reports.Towns";
    }

    public static class Enterprises
    {
        public const string Default = GroupName + ".Enterprises";

        /// <summary>Register and edit enterprises, their units and their members.</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class Grids
    {
        /// <summary>See the town's grids (网格), their officers and enterprises.</summary>
        public const string Default = GroupName + ".Grids";

        /// <summary>Draw the grids: create, rename, delete, name the officer, put enterprises in and take them out.</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class Import
    {
        /// <summary>Import enterprises and staff from spreadsheets, and read the import reports.</summary>
        public const string Default = GroupName + ".Import";
    }

    public static class Units
    {
        /// <summary>See every enterprise of the town; without it a user sees only the units they belong to.</summary>
        public const string WholeTown = GroupName + ".Units.WholeTown";
    }
}
