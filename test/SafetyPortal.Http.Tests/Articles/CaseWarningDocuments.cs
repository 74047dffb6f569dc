namespace SafetyPortal.Http.Tests.Articles;

public sealed record CaseWarningDocument(Guid Id, string Title, string? IssueNumber, string? Summary, string MarkdownBody, string HtmlBody, bool HasCover,
    string? ViolationType, string? LegalBasis, string? Penalty, List<string> RiskCategories, List<string> Industries, bool IsBureau, string Status,
    string? ReturnReason, DateTime? PublishAt, int ReadCount, string ConcurrencyStamp, bool CanEdit);

public sealed record CaseWarningRowDocument(Guid Id, string Title, string? IssueNumber, bool IsBureau, string Status, DateTime? PublishAt, int ReadCount);

public sealed record ReadingReceiptDocument(Guid ArticleId, DateTime FirstOpenedAt, DateTime? ReadToEndAt, int ReadCount, bool FirstReadToEnd);

public sealed record MyReadingDocument(Guid ArticleId, string Title, DateTime FirstOpenedAt, DateTime? ReadToEndAt);
