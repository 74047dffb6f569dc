using SafetyPortal.Platform.Learning;
using SafetyPortal.Learning.Compliance;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Learning.Domain;

/// <summary>
/// What the training rules need of one member of an enterprise's staff: where and as whom they work, since when, and
/// their post history. Created by the enrolment job the first time it meets the person (<see cref="StartedOn"/>: the
/// day their membership began); a change of unit or position it notices sets <see cref="PostChangedOn"/>. The safety
/// manager records absences and the three levels of 三级安全教育.
/// </summary>
public class LearnerProfile : Entity, IMultiTenant, IHasConcurrencyStamp
{
    public const int MaxPositionLength = 64;

    public Guid? TenantId { get; set; }
    public Guid UserId { get; set; }
    public Guid EnterpriseId { get; set; }
    public Guid UnitId { get; set; }
    public string? Position { get; set; }
    public string? IndustryCode { get; set; }
    public TrainingAudience Audience { get; set; }
    public DateOnly StartedOn { get; set; }
    public DateOnly? PostChangedOn { get; set; }
    public DateOnly? AbsentFrom { get; set; }
    public DateOnly? ReturnedOn { get; set; }
    public ThreeLevelTraining ThreeLevelDone { get; set; }
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    /// <summary>Follows the roster: a different unit or position is a change of post (转岗) from <paramref name="today"/>.</summary>
    public bool Follow(Guid enterpriseId, Guid unitId, string? position, TrainingAudience audience, string? industryCode, DateOnly today)
    {
        var moved = UnitId != unitId || !string.Equals(Position ?? "", position ?? "", StringComparison.Ordinal);
        var changed = moved || EnterpriseId != enterpriseId || Audience != audience || IndustryCode != industryCode;
        if (moved)
        {
            PostChangedOn = today;
            // Retraining after a change of post covers the workshop and team levels again.
            ThreeLevelDone &= ThreeLevelTraining.Company;
        }
        (EnterpriseId, UnitId, Position, Audience, IndustryCode) = (enterpriseId, unitId, position, audience, industryCode);
        return changed;
    }
}
