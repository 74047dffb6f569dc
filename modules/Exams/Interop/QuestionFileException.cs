namespace SafetyPortal.Exams.Interop;

/// <summary>The file as a whole cannot be read in the format asked for (the import answers 400 naming the file).</summary>
public sealed class QuestionFileException(ParseProblem problem, string? detail = null, Exception? innerException = null)
    : Exception($"{problem}: {detail}", innerException)
{
    public ParseProblem Problem { get; } = problem;
    public string? Detail { get; } = detail;
}
