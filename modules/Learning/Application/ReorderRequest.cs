namespace SafetyPortal.Learning.Application;

/// <summary>The whole order of a course at once: chapters in order, each with its lessons in order (a lesson may move chapter).</summary>
public sealed record ReorderRequest(IReadOnlyList<ReorderChapter>? Chapters);
