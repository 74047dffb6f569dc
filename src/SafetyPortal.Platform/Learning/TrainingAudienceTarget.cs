namespace SafetyPortal.Platform.Learning;

/// <summary>
/// Whom an assignment reaches, as a training plan names its audience: one enterprise (null: every enterprise of the
/// town), a unit subtree by its dotted code (null: the whole enterprise), and the groups (None: everyone).
/// </summary>
public sealed record TrainingAudienceTarget(Guid? EnterpriseId, string? OrganizationUnitCode, TrainingAudience Groups);
