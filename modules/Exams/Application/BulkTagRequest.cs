namespace SafetyPortal.Exams.Application;

/// <summary>Adds and removes tags on many questions at once (all of them the caller's own).</summary>
public sealed record BulkTagRequest(IReadOnlyList<Guid>? QuestionIds, QuestionTagsDto? Add = null, QuestionTagsDto? Remove = null);
