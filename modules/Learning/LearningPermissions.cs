namespace SafetyPortal.Learning;

public static class LearningPermissions
{
    public const string GroupName = "Learning";

    public static class Courses
    {
        /// <summary>The course catalogue, studying lessons and one's own credit-hour ledger (学时档案).</summary>
        public const string Default = GroupName + ".Courses";

        /// <summary>Write and publish courses: the bureau's on the host, the town's in a town, an enterprise's for one's own enterprise.</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class Plans
    {
        /// <summary>Read training plans (培训计划): the bureau's, the town's and one's own enterprise's.</summary>
        public const string Default = GroupName + ".Plans";

        /// <summary>Create, edit, publish and close plans: the bureau's on the host, the town's in a town, an enterprise's for one's own enterprise.</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class Tracking
    {
        /// <summary>Completion dashboards and the people behind them: one's own enterprises, the whole town, or (bureau) every town.</summary>
        public const string Default = GroupName + ".Tracking";

        /// <summary>Send reminders and record absences and 三级安全教育 of staff.</summary>
        public const string Manage = Default + ".Manage";
    }
}
