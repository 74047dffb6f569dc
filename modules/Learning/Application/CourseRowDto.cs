using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Learning.Application;

/// <summary>A course in a list (authoring list and catalogue).</summary>
public sealed record CourseRowDto(Guid Id, string Title, string? Description, CourseOwner Owner, Guid? OwnerUnitId, CourseStatus Status,
    decimal CreditHours, int LessonCount, KeySites KeySites, bool HasCover, DateTime? PublishedTime, DateTime? LastModificationTime);
