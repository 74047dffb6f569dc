using System.Text.Json;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Examination;

namespace SafetyPortal.Exams.Practice;

/// <summary>
/// Grades one practice answer the way an attempt grades it (<see cref="AnswerGrading"/>, all or nothing): the question is
/// asked as a one-point snapshot with its options in the bank's order (A, B, C ...), which is the order practice shows.
/// </summary>
public static class PracticeGrading
{
    /// <summary>The question as an unsaved one-point attempt question carrying the answer.</summary>
    public static AttemptQuestion Snapshot(Question question, IReadOnlyList<string> answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        var options = question.Options.OrderBy(o => o.SortOrder).Select(o => new SnapshotOption(o.Text, o.IsCorrect, o.Fraction)).ToList();
        var blanks = question.Blanks.OrderBy(b => b.Index).Select(b => new SnapshotBlank(b.AcceptedAnswers, b.CaseSensitive)).ToList();
        return new AttemptQuestion
        {
            QuestionId = question.Id, QuestionVersion = question.Version, Kind = question.Kind, Stem = question.Stem, Explanation = question.Explanation,
            Points = 1m, OptionsJson = JsonSerializer.Serialize(options), BlanksJson = JsonSerializer.Serialize(blanks),
            AnswerJson = JsonSerializer.Serialize(answer),
        };
    }

    /// <summary>Whether the answer has the question's shape (<see cref="AnswerGrading.IsWellFormed"/>).</summary>
    public static bool IsWellFormed(Question question, IReadOnlyList<string> answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        return AnswerGrading.IsWellFormed(question.Kind, question.Options.Count, question.Blanks.Count, answer);
    }

    /// <summary>Right when the answer earns the whole point.</summary>
    public static bool IsRight(AttemptQuestion snapshot) => AnswerGrading.Grade(snapshot, MultipleChoiceScoring.AllOrNothing) >= snapshot.Points;
}
