namespace SafetyPortal.Exams.Interop;

/// <summary>What a reader made of a file: its questions in order, and the descriptions the file gave its categories (by path).</summary>
public sealed class QuestionFile
{
    public List<ParsedQuestion> Questions { get; } = [];
    public Dictionary<string, string> CategoryDescriptions { get; } = new(StringComparer.Ordinal);

    public static string PathKey(IEnumerable<string> path) => string.Join('\u001F', path);
}
