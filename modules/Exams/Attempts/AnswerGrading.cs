using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Examination;

namespace SafetyPortal.Exams.Attempts;

/// <summary>
/// Scores one answer against the attempt's snapshot. Single choice and true/false: exactly the correct option. Multiple
/// choice: exactly the correct set, or with partial credit the chosen options' fractions summed (never below zero).
/// Fill-in: each blank is worth an equal share, right when its folded text equals a folded accepted answer.
/// </summary>
public static class AnswerGrading
{
    public static decimal Grade(AttemptQuestion question, MultipleChoiceScoring scoring)
    {
        ArgumentNullException.ThrowIfNull(question);
        var answer = question.Answer();
        var score = question.Kind switch
        {
            QuestionKind.FillInBlank => GradeBlanks(question.Blanks(), answer, question.Points),
            QuestionKind.MultipleChoice when scoring == MultipleChoiceScoring.Partial => GradePartial(question.Options(), answer, question.Points),
            _ => ChosenIndexes(answer, question.Options().Count) is { } chosen && chosen.SetEquals(CorrectIndexes(question.Options()))
                ? question.Points
                : 0m,
        };
        return Math.Round(score, 2, MidpointRounding.AwayFromZero);
    }

    private static decimal GradePartial(IReadOnlyList<SnapshotOption> options, IReadOnlyList<string> answer, decimal points)
    {
        if (ChosenIndexes(answer, options.Count) is not { Count: > 0 } chosen)
        {
            return 0m;
        }
        var fraction = chosen.Sum(i => options[i].Fraction) / 100m;
        return Math.Clamp(fraction, 0m, 1m) * points;
    }

    private static decimal GradeBlanks(IReadOnlyList<SnapshotBlank> blanks, IReadOnlyList<string> answer, decimal points)
    {
        if (blanks.Count == 0)
        {
            return 0m;
        }
        var right = 0;
        for (var i = 0; i < blanks.Count && i < answer.Count; i++)
        {
            var given = AnswerText.Fold(answer[i], blanks[i].CaseSensitive);
            if (given.Length > 0 && blanks[i].AcceptedAnswers.Any(a => AnswerText.Fold(a, blanks[i].CaseSensitive) == given))
            {
                right++;
            }
        }
        return points * right / blanks.Count;
    }

    private static HashSet<int> CorrectIndexes(IReadOnlyList<SnapshotOption> options) =>
        Enumerable.Range(0, options.Count).Where(i => options[i].IsCorrect).ToHashSet();

    /// <summary>The shown options the letters name; null when a letter names none.</summary>
    public static HashSet<int>? ChosenIndexes(IReadOnlyList<string> answer, int optionCount)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var chosen = new HashSet<int>();
        foreach (var letter in answer)
        {
            var trimmed = (letter ?? "").Trim().ToUpperInvariant();
            var index = trimmed.Length == 1 ? trimmed[0] - 'A' : -1;
            if (index < 0 || index >= optionCount)
            {
                return null;
            }
            chosen.Add(index);
        }
        return chosen;
    }

    /// <summary>
    /// Whether an answer has the question's shape: option letters the question has (one at most for single choice and
    /// true/false), or no more blank texts than blanks, none too long. An empty answer is well-formed (and wrong).
    /// </summary>
    public static bool IsWellFormed(QuestionKind kind, int options, int blanks, IReadOnlyList<string> answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return kind switch
        {
            QuestionKind.FillInBlank => answer.Count <= blanks && answer.All(a => a.Length <= QuestionBlank.MaxAnswerLength),
            QuestionKind.MultipleChoice => ChosenIndexes(answer, options) is not null,
            _ => answer.Count <= 1 && ChosenIndexes(answer, options) is not null,
        };
    }
}
