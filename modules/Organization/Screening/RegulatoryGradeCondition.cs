using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Organization.Screening;

/// <summary>监管等级 A–D or unrated.</summary>
internal sealed class RegulatoryGradeCondition(ScreeningProfiles profiles) : ProfileEnumCondition<RegulatoryGrade>(profiles)
{
    public override string Key => "organization.regulatory-grade";
    protected override string Property => nameof(EnterpriseProfile.RegulatoryGrade);
}
