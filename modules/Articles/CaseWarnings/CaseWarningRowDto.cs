using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>One article in a list: a reading-list card or a row of the managers' list.</summary>
public sealed record CaseWarningRowDto(Guid Id, string Title, string? IssueNumber, string? Summary, bool IsBureau, CaseWarningStatus Status,
    DateTime? PublishAt, bool HasCover, KeySites KeySites, int ReadCount, string? ViolationType, DateTime? LastModificationTime);
