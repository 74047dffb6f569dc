namespace SafetyPortal.Learning.Application;

public sealed record ReorderChapter(Guid Id, IReadOnlyList<Guid>? Lessons);
