namespace SafetyPortal.Exams.Practice;

/// <summary>Setting names of practice and the mistake book (defined in <see cref="PracticeServices.DefineSettings"/>).</summary>
public static class PracticeSettings
{
    /// <summary>Right answers in a row that master a question of the mistake book.</summary>
    public const string MasteryRun = "Exams.Practice.MasteryRun";

    public const int DefaultMasteryRun = 2;
    public const int DefaultCount = 10;
    public const int MaxCount = 50;

    /// <summary>Most risk categories one draw may name (an article carries a handful).</summary>
    public const int MaxRiskCategoryCodes = 50;
}
