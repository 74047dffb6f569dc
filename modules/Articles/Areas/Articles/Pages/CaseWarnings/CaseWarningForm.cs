using SafetyPortal.Articles.CaseWarnings;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Articles.Areas.Articles.Pages.CaseWarnings;

/// <summary>The article form: tags are typed as lists separated by commas, spaces or new lines.</summary>
public sealed class CaseWarningForm
{
    private static readonly char[] Separators = [',', '，', ';', '；', ' ', '\n', '\r', '、'];

    public string? Title { get; set; }
    public string? IssueNumber { get; set; }
    public string? Summary { get; set; }
    public string? MarkdownBody { get; set; }
    public string? ViolationType { get; set; }
    public string? LegalBasis { get; set; }
    public string? Penalty { get; set; }
    public List<KeySites> KeySites { get; set; } = [];
    public string? RiskCategories { get; set; }
    public string? Industries { get; set; }
    public string? ConcurrencyStamp { get; set; }

    public static CaseWarningForm From(CaseWarningDto article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new CaseWarningForm
        {
            Title = article.Title, IssueNumber = article.IssueNumber, Summary = article.Summary, MarkdownBody = article.MarkdownBody,
            ViolationType = article.ViolationType, LegalBasis = article.LegalBasis, Penalty = article.Penalty,
            KeySites = [.. Enum.GetValues<KeySites>().Where(s => s != Platform.Enterprises.KeySites.None && article.KeySites.HasFlag(s))],
            RiskCategories = string.Join(", ", article.RiskCategories), Industries = string.Join(", ", article.Industries),
            ConcurrencyStamp = article.ConcurrencyStamp,
        };
    }

    public SaveCaseWarningRequest ToRequest() => new(Title, IssueNumber, Summary, MarkdownBody, ViolationType, LegalBasis, Penalty,
        KeySites.Aggregate(Platform.Enterprises.KeySites.None, (a, b) => a | b), Split(RiskCategories), Split(Industries), ConcurrencyStamp);

    private static string[] Split(string? text) => (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
