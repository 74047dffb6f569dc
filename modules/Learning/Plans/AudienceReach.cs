using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Learning;

namespace SafetyPortal.Learning.Plans;

/// <summary>Whether a member of the staff is in an audience: the enterprise, the unit subtree and the groups all match.</summary>
public static class AudienceReach
{
    public static bool Includes(TrainingAudienceTarget target, StaffPerson person)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(person);
        var unit = target.OrganizationUnitCode;
        return (target.EnterpriseId is null || person.EnterpriseId == target.EnterpriseId)
            && (unit is null || UnitCodes.IsWithin(person.UnitCode, unit))
            && TrainingAudienceRules.Matches(target.Groups, person.Audience);
    }
}
