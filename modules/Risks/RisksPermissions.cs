namespace SafetyPortal.Risks;

public static class RisksPermissions
{
    public const string GroupName = "Risks";

    public static class Catalogue
    {
        /// <summary>Read the catalogue: the bureau's entries and the town's own.</summary>
        public const string Default = GroupName + ".Catalogue";

        /// <summary>Add and version entries: the bureau's (on the host) or the town's own (in a town).</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class Points
    {
        /// <summary>Read risk registers: an enterprise's own, or the whole town's with Organization.Units.WholeTown.</summary>
        public const string Default = GroupName + ".Points";

        /// <summary>Report, edit, retire and import the risk points of one's own enterprise.</summary>
        public const string Report = Default + ".Report";

        /// <summary>Verify or return what enterprises reported.</summary>
        public const string Verify = Default + ".Verify";
    }

    public static class Overview
    {
        /// <summary>The town's overview, or on the host every town's.</summary>
        public const string Default = GroupName + ".Overview";
    }

    public static class Screening
    {
        /// <summary>前置研判: screen the town's enterprises, or on the host every town's; save and export screenings.</summary>
        public const string Default = GroupName + ".Screening";
    }
}
