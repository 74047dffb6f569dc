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
}
