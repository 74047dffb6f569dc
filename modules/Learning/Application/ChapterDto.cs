namespace SafetyPortal.Learning.Application;

public sealed record ChapterDto(Guid Id, string Title, int Order, IReadOnlyList<LessonDto> Lessons);
