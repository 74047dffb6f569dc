namespace SafetyPortal.Exams;

public static class ExamsPermissions
{
    public const string GroupName = "Exams";

    public static class Questions
    {
        /// <summary>Read the question bank (题库): the bureau's questions and, in a town, the town's own. Answers included.</summary>
        public const string Default = GroupName + ".Questions";

        /// <summary>Write, tag, retire, import and export questions and categories: the bureau's on the host, the town's in a town.</summary>
        public const string Manage = Default + ".Manage";
    }

    public static class Exams
    {
        /// <summary>Take exams (我的考试): every role.</summary>
        public const string Default = GroupName + ".Exams";

        /// <summary>Write papers and exams (试卷, 考试管理): the bureau's on the host, the town's in a town.</summary>
        public const string Manage = Default + ".Manage";

        /// <summary>
        /// Read results (成绩统计): distribution, pass rates, item statistics, who has not passed. Towns and the bureau see
        /// their whole side; enterprise staff their own enterprises' candidates.
        /// </summary>
        public const string Results = Default + ".Results";
    }
}
