using SafetyPortal.Organization.Domain;

namespace SafetyPortal.Organization.Screening;

/// <summary>企业规模.</summary>
internal sealed class ScaleCondition(ScreeningProfiles profiles) : ProfileEnumCondition<EnterpriseScale>(profiles)
{
    public override string Key => "organization.scale";
    protected override string Property => nameof(EnterpriseProfile.Scale);
}
