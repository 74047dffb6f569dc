using SafetyPortal.Platform.Learning;

namespace SafetyPortal.Learning.Application;

public sealed record LedgerEntryDto(Guid Id, DateTime EarnedTime, string Title, CreditHourSource Source, Guid SourceId, Guid? CourseId, decimal Hours);
