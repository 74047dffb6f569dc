namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>One row of 我的阅读: an article the user opened, and whether they read it to the end.</summary>
public sealed record MyReadingDto(Guid ArticleId, string Title, string? IssueNumber, DateTime FirstOpenedAt, DateTime? ReadToEndAt);
