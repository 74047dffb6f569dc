using SafetyPortal.Exams.Application;

namespace SafetyPortal.Exams.Interop;

/// <summary>
/// One question as a reader found it: its 1-based position among the file's questions (the sheet row for Excel), a name
/// for the report, the category path it was filed under, and either its content or the problem that stops it.
/// Content.CategoryId is left null: the import places it.
/// </summary>
public sealed record ParsedQuestion(int Index, string Name, IReadOnlyList<string> CategoryPath, SaveQuestionRequest? Content,
    ParseProblem? Problem = null, string? Detail = null)
{
    public static ParsedQuestion Rejected(int index, string name, IReadOnlyList<string> path, ParseProblem problem, string? detail = null) =>
        new(index, name, path, null, problem, detail);
}
