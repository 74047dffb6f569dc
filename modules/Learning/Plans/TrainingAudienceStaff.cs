using SafetyPortal.Platform.Learning;

namespace SafetyPortal.Learning.Plans;

/// <summary>The town's staff an audience reaches, read as plan enrolment reads them (one bulk read of the roster).</summary>
public sealed class TrainingAudienceStaff(TownStaff townStaff) : ITrainingAudienceStaff
{
    public async Task<IReadOnlyList<AudienceMember>> FindAsync(TrainingAudienceTarget target, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        var staff = await townStaff.LoadAsync(cancellationToken);
        return [.. staff.Where(p => AudienceReach.Includes(target, p)).Select(p => new AudienceMember(p.UserId, p.EnterpriseId, p.UnitId, p.Audience))];
    }
}
