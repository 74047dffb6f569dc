using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Learning.Application;

/// <summary>A course with its chapters and lessons; <see cref="CanEdit"/> when the user owns it.</summary>
public sealed record CourseDetailDto(Guid Id, string Title, string? Description, CourseOwner Owner, Guid? OwnerUnitId, CourseStatus Status,
    decimal CreditHours, int LessonCount, KeySites KeySites, CourseTagsDto Tags, bool HasCover, DateTime? PublishedTime,
    string ConcurrencyStamp, bool CanEdit, IReadOnlyList<ChapterDto> Chapters);
