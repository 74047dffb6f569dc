namespace SafetyPortal.Learning.Application;

public sealed record SaveChapterRequest(string? Title);
