using Microsoft.Extensions.Localization;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>Checks a draft's fields and copies them onto the article, the body rendered and sanitised; errors name each field.</summary>
public sealed class CaseWarningFields(CaseWarningBodies bodies, IStringLocalizer<ArticlesResource> text)
{
    public const int MaxTagsPerKind = 50;
    private static readonly KeySites KeySitesAll = Enum.GetValues<KeySites>().Aggregate(KeySites.None, (a, b) => a | b);

    public void Apply(CaseWarning article, SaveCaseWarningRequest request, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        article.Title = Text(request.Title, CaseWarning.MaxTitleLength, nameof(request.Title), errors) ?? "";
        article.IssueNumber = Text(request.IssueNumber, CaseWarning.MaxIssueNumberLength, nameof(request.IssueNumber), errors);
        article.Summary = Text(request.Summary, CaseWarning.MaxSummaryLength, nameof(request.Summary), errors);
        article.MarkdownBody = Text(request.MarkdownBody, CaseWarning.MaxBodyLength, nameof(request.MarkdownBody), errors) ?? "";
        article.HtmlBody = bodies.ToHtml(article.MarkdownBody);
        article.ViolationType = Text(request.ViolationType, CaseWarning.MaxViolationLength, nameof(request.ViolationType), errors);
        article.LegalBasis = Text(request.LegalBasis, CaseWarning.MaxLegalBasisLength, nameof(request.LegalBasis), errors);
        article.Penalty = Text(request.Penalty, CaseWarning.MaxPenaltyLength, nameof(request.Penalty), errors);
        if ((request.KeySites & ~KeySitesAll) != 0)
        {
            errors.Add(nameof(request.KeySites), text["CaseWarning:ValueUnknown"]);
        }
        article.KeySites = request.KeySites & KeySitesAll;
        var wanted = Tags(request.RiskCategories, CaseWarningTagKind.RiskCategory, nameof(request.RiskCategories), errors)
            .Concat(Tags(request.Industries, CaseWarningTagKind.Industry, nameof(request.Industries), errors)).ToHashSet();
        article.Tags.RemoveAll(t => !wanted.Contains((t.Kind, t.Code)));
        foreach (var (kind, code) in wanted.Where(w => !article.Tags.Any(t => t.Kind == w.Kind && t.Code == w.Code)))
        {
            article.Tags.Add(new CaseWarningTag { TenantId = article.TenantId, Kind = kind, Code = code });
        }
    }

    /// <summary>What an article needs before it goes to review or to readers: a title and a body.</summary>
    public void CheckPublishable(CaseWarning article, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(errors);
        if (string.IsNullOrWhiteSpace(article.Title))
        {
            errors.Add(nameof(SaveCaseWarningRequest.Title), text["CaseWarning:TitleRequiredToPublish"]);
        }
        if (string.IsNullOrWhiteSpace(article.HtmlBody))
        {
            errors.Add(nameof(SaveCaseWarningRequest.MarkdownBody), text["CaseWarning:BodyRequiredToPublish"]);
        }
    }

    private string? Text(string? value, int maxLength, string field, ValidationErrors errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }
        if (trimmed.Length > maxLength)
        {
            errors.Add(field, text["CaseWarning:FieldTooLong", maxLength]);
        }
        return trimmed;
    }

    private List<(CaseWarningTagKind Kind, string Code)> Tags(IReadOnlyList<string>? codes, CaseWarningTagKind kind, string field, ValidationErrors errors)
    {
        var list = (codes ?? []).Select(c => c?.Trim() ?? "").Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (list.Count > MaxTagsPerKind)
        {
            errors.Add(field, text["CaseWarning:TooManyTags", MaxTagsPerKind]);
        }
        if (list.Any(c => c.Length > CaseWarningTag.MaxCodeLength))
        {
            errors.Add(field, text["CaseWarning:TagTooLong", CaseWarningTag.MaxCodeLength]);
        }
        return [.. list.Where(c => c.Length <= CaseWarningTag.MaxCodeLength).Select(c => (kind, c))];
    }
}
