using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>One article with its body and case facts; <see cref="CanEdit"/> when the user's side owns it and may write.</summary>
public sealed record CaseWarningDto(Guid Id, string Title, string? IssueNumber, string? Summary, string MarkdownBody, string HtmlBody,
    bool HasCover, string? ViolationType, string? LegalBasis, string? Penalty, KeySites KeySites, IReadOnlyList<string> RiskCategories,
    IReadOnlyList<string> Industries, bool IsBureau, CaseWarningStatus Status, string? ReturnReason, DateTime? PublishAt, int ReadCount,
    string ConcurrencyStamp, bool CanEdit);
