namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>
/// A reader's receipt of one article. <see cref="FirstReadToEnd"/> is true only on the call that first recorded the
/// end (what later hooks such as credit hours and must-read assignments act on).
/// </summary>
public sealed record ReadingReceiptDto(Guid ArticleId, DateTime FirstOpenedAt, DateTime? ReadToEndAt, int ReadCount, bool FirstReadToEnd = false);
