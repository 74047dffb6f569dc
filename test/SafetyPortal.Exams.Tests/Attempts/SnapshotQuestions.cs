using System.Text.Json;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Tests.Attempts;

/// <summary>Attempt questions as a start would snapshot them, answered as a candidate would.</summary>
internal static class SnapshotQuestions
{
    public static AttemptQuestion Choice(QuestionKind kind, decimal points, string[] answer, params (bool Correct, decimal Fraction)[] options) => new()
    {
        Kind = kind,
        Points = points,
        OptionsJson = JsonSerializer.Serialize(options.Select((o, i) => new SnapshotOption($"option {i}", o.Correct, o.Fraction)).ToList()),
        AnswerJson = JsonSerializer.Serialize(answer),
    };

    public static AttemptQuestion Blanks(decimal points, string[] answer, params string[][] accepted) => new()
    {
        Kind = QuestionKind.FillInBlank,
        Points = points,
        BlanksJson = JsonSerializer.Serialize(accepted.Select(a => new SnapshotBlank(a, false)).ToList()),
        AnswerJson = JsonSerializer.Serialize(answer),
    };
}
