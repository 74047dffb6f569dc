using System.Globalization;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Interop;

/// <summary>A question as a row of the Excel template, keyed by the headers in the user's language; what <see cref="QuestionSheetReader"/> reads.</summary>
public static class QuestionSheetWriter
{
    public static IDictionary<string, object?> Row(IReadOnlyList<string> path, QuestionDto q, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(q);
        ArgumentNullException.ThrowIfNull(text);
        var row = QuestionSheet.Columns.ToDictionary(c => text[c.LabelKey].Value, _ => (object?)null);
        void Set(string key, object? value) => row[text["ImportColumn." + key].Value] = value;
        Set(QuestionSheet.Category, string.Join('/', path));
        Set(QuestionSheet.Kind, text[$"Kind.{q.Kind}"].Value);
        Set(QuestionSheet.Name, q.Name);
        Set(QuestionSheet.Stem, HtmlText.Plain(q.Stem));
        for (var i = 0; i < q.Options.Count && i < QuestionSheet.OptionColumns && q.Kind != QuestionKind.TrueFalse; i++)
        {
            Set(QuestionSheet.Option(i), HtmlText.Plain(q.Options[i].Text));
        }
        Set(QuestionSheet.Answer, q.Kind switch
        {
            QuestionKind.FillInBlank => string.Join(";", q.Blanks.Select(b => string.Join('|', b.AcceptedAnswers))),
            QuestionKind.TrueFalse => text[q.Options.Count > 0 && q.Options[0].IsCorrect ? "True" : "False"].Value,
            _ => string.Concat(q.Options.Select((o, i) => (o, i)).Where(x => x.o.IsCorrect).Select(x => (char)('A' + x.i))),
        });
        Set(QuestionSheet.Explanation, HtmlText.Plain(q.Explanation));
        Set(QuestionSheet.Difficulty, q.Difficulty);
        Set(QuestionSheet.Points, q.DefaultPoints.ToString("0.##", CultureInfo.InvariantCulture));
        Set(QuestionSheet.RiskCategories, string.Join(", ", q.Tags.RiskCategories ?? []));
        Set(QuestionSheet.Industries, string.Join(", ", q.Tags.Industries ?? []));
        Set(QuestionSheet.Positions, string.Join(", ", q.Tags.Positions ?? []));
        return row;
    }
}
