namespace SafetyPortal.Http.Tests.Learning;

public sealed record CourseRowDocument(Guid Id, string Title, string Owner, Guid? OwnerUnitId, string Status, decimal CreditHours, int LessonCount);

public sealed record LessonDocument(Guid Id, Guid ChapterId, string Title, string Kind, decimal CreditHours, int MinimumStudySeconds, bool HasFile, int Order,
    string? Body);

public sealed record ChapterDocument(Guid Id, string Title, int Order, List<LessonDocument> Lessons);

public sealed record CourseDocument(Guid Id, string Title, string Owner, Guid? OwnerUnitId, string Status, decimal CreditHours, int LessonCount,
    string ConcurrencyStamp, bool CanEdit, List<ChapterDocument> Chapters);

public sealed record SessionDocument(Guid SessionId, double Position, int StudiedSeconds, bool Completed, int HeartbeatSeconds);

public sealed record HeartbeatDocument(string Verdict, int CreditedSeconds, int StudiedSeconds, bool Completed, decimal? CreditHoursEarned);

public sealed record LedgerEntryDocument(Guid Id, string Title, string Source, Guid SourceId, decimal Hours);

public sealed record LedgerDocument(int Year, decimal TotalHours, List<LedgerEntryDocument> Entries);

public sealed record LessonProgressDocument(Guid LessonId, int StudiedSeconds, double Position, DateTime? CompletedTime);
