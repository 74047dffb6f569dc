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
}
