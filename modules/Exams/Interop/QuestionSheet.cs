using SafetyPortal.Platform.Import;

namespace SafetyPortal.Exams.Interop;

/// <summary>
/// The Excel template's columns (headers are "ImportColumn.{Key}" in ExamsResource). Category: a path with "/"
/// between levels. Answer: option letters (A, ABD, A,C) for choice questions; true/false words for true/false; for
/// fill-in-the-blank the blanks separated by ";" or line breaks and each blank's alternatives by "|". Tag columns take
/// codes separated by "," ";" or "、".
/// </summary>
public static class QuestionSheet
{
    public const string Category = "Category";
    public const string Kind = "Kind";
    public const string Name = "Name";
    public const string Stem = "Stem";
    public const string Answer = "Answer";
    public const string Explanation = "Explanation";
    public const string Difficulty = "Difficulty";
    public const string Points = "Points";
    public const string RiskCategories = "RiskCategories";
    public const string Industries = "Industries";
    public const string Positions = "Positions";
    public const int OptionColumns = 8;

    public static string Option(int i) => "Option" + (char)('A' + i);

    public static IReadOnlyList<ImportColumn> Columns { get; } =
    [
        new(Category), new(Kind, true), new(Name), new(Stem, true),
        .. Enumerable.Range(0, OptionColumns).Select(i => new ImportColumn(Option(i))),
        new(Answer, true), new(Explanation), new(Difficulty), new(Points), new(RiskCategories), new(Industries), new(Positions),
    ];
}
