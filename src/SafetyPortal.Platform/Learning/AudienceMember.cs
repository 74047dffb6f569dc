namespace SafetyPortal.Platform.Learning;

/// <summary>One member of an enterprise's staff an audience reaches: the person, at the post they joined last.</summary>
public sealed record AudienceMember(Guid UserId, Guid EnterpriseId, Guid UnitId, TrainingAudience Audience);
