using SafetyPortal.Articles.Domain;

namespace SafetyPortal.Articles.Commendations.Application;

/// <summary>A manual addition: an enterprise of the town or a member of an enterprise's staff, with the town's reason.</summary>
public sealed record AddEntryRequest(CommendationEntryKind? Kind, Guid? SubjectId, string? Reason);
