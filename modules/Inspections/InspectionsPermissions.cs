namespace SafetyPortal.Inspections;

public static class InspectionsPermissions
{
    public const string GroupName = "Inspections";

    public static class Hazards
    {
        /// <summary>Read the hazard register: the bureau every town's, a town its own, enterprise staff their enterprises'.</summary>
        public const string Default = GroupName + ".Hazards";

        /// <summary>Report a hazard of an enterprise one may see (a town's staff any of the town's, enterprise staff their own).</summary>
        public const string Report = Default + ".Report";
    }

    public static class Checks
    {
        /// <summary>Read the inspection cycles, tasks, checklists and coverage within one's scope.</summary>
        public const string Default = GroupName + ".Checks";

        /// <summary>Do one's enterprise's monthly self-check (自查).</summary>
        public const string SelfCheck = Default + ".SelfCheck";

        /// <summary>Do the patrols (巡查) of one's grid, as a full-time safety officer.</summary>
        public const string Patrol = Default + ".Patrol";

        /// <summary>Do the town's inspections (检查) of key enterprises.</summary>
        public const string Inspect = Default + ".Inspect";

        /// <summary>Open a cycle now rather than waiting for the nightly job.</summary>
        public const string ManageCycles = Default + ".ManageCycles";
    }

    public static class WorkOrders
    {
        /// <summary>Read work orders (工单): campaigns and dashboards within one's scope, one's enterprise's own.</summary>
        public const string Default = GroupName + ".WorkOrders";

        /// <summary>Push campaigns to enterprises (the bureau to every town's, a town to its own).</summary>
        public const string Manage = Default + ".Manage";

        /// <summary>Answer one's enterprise's work orders with photos.</summary>
        public const string Answer = Default + ".Answer";
    }
}
