namespace SafetyPortal.Platform.Learning;

/// <summary>
/// The staff of the current town an audience reaches, by the same rules training plans enrol by (roles and position
/// give the groups; a person counts at the post they joined last); implemented by the Learning module for modules that
/// assign work to audiences (must-read articles).
/// </summary>
public interface ITrainingAudienceStaff
{
    Task<IReadOnlyList<AudienceMember>> FindAsync(TrainingAudienceTarget target, CancellationToken cancellationToken = default);
}
