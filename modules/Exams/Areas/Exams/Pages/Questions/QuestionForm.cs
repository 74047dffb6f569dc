using System.Globalization;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Questions;

/// <summary>The edit form: up to eight option rows, blanks one per line (alternatives separated by |), tags comma-separated.</summary>
public sealed class QuestionForm
{
    public const int OptionRows = 8;
    private static readonly char[] TagSeparators = [',', '，', '、', ';', '；'];

    public Guid? CategoryId { get; set; }
    public QuestionKind Kind { get; set; } = QuestionKind.SingleChoice;
    public string? Name { get; set; }
    public string? Stem { get; set; }
    public string? Explanation { get; set; }
    public int Difficulty { get; set; } = QuestionEditor.DefaultDifficulty;
    public decimal DefaultPoints { get; set; } = 1;
    public List<KeySites> KeySites { get; set; } = [];
    public List<OptionRow> Options { get; set; } = [.. Enumerable.Range(0, OptionRows).Select(_ => new OptionRow())];
    public string? Blanks { get; set; }
    public string? RiskCategories { get; set; }
    public string? Industries { get; set; }
    public string? Positions { get; set; }
    public string? ConcurrencyStamp { get; set; }

    public sealed class OptionRow
    {
        public string? Text { get; set; }
        public bool IsCorrect { get; set; }
        public decimal? Fraction { get; set; }
    }

    public static QuestionForm From(QuestionDto q)
    {
        ArgumentNullException.ThrowIfNull(q);
        var form = new QuestionForm
        {
            CategoryId = q.CategoryId, Kind = q.Kind, Name = q.Name, Stem = q.Stem, Explanation = q.Explanation, Difficulty = q.Difficulty,
            DefaultPoints = q.DefaultPoints, ConcurrencyStamp = q.ConcurrencyStamp,
            KeySites = [.. Enum.GetValues<KeySites>().Where(s => s != Platform.Enterprises.KeySites.None && q.KeySites.HasFlag(s))],
            Blanks = string.Join('\n', q.Blanks.Select(b => string.Join('|', b.AcceptedAnswers))),
            RiskCategories = string.Join(", ", q.Tags.RiskCategories ?? []),
            Industries = string.Join(", ", q.Tags.Industries ?? []),
            Positions = string.Join(", ", q.Tags.Positions ?? []),
        };
        for (var i = 0; i < q.Options.Count && i < OptionRows; i++)
        {
            form.Options[i] = new OptionRow { Text = q.Options[i].Text, IsCorrect = q.Options[i].IsCorrect, Fraction = q.Options[i].Fraction };
        }
        return form;
    }

    public SaveQuestionRequest ToRequest()
    {
        var choice = Kind != QuestionKind.FillInBlank;
        var options = choice
            ? Options.Where(o => !string.IsNullOrWhiteSpace(o.Text)).Select(o => new SaveOptionRequest(o.Text, o.IsCorrect, Kind == QuestionKind.MultipleChoice ? o.Fraction : null)).ToList()
            : [];
        var blanks = choice
            ? []
            : (Blanks ?? "").Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(line => new SaveBlankRequest([.. line.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)])).ToList();
        return new SaveQuestionRequest(CategoryId, Kind, Stem, Name, Explanation, Difficulty, DefaultPoints,
            KeySites.Aggregate(Platform.Enterprises.KeySites.None, (a, b) => a | b), options, blanks,
            Codes(RiskCategories), Codes(Industries), Codes(Positions), ConcurrencyStamp);
    }

    public static string Percent(decimal? value) => value?.ToString("0.#####", CultureInfo.InvariantCulture) ?? "";

    private static List<string> Codes(string? text) =>
        [.. (text ?? "").Split(TagSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
