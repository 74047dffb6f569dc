using SafetyPortal.Organization.Domain;

namespace SafetyPortal.Organization.Screening;

/// <summary>企业类型: 工贸 or 危化.</summary>
internal sealed class EnterpriseTypeCondition(ScreeningProfiles profiles) : ProfileEnumCondition<EnterpriseType>(profiles)
{
    public override string Key => "organization.enterprise-type";
    protected override string Property => nameof(EnterpriseProfile.Type);
    protected override string TextPrefix => nameof(EnterpriseType);
}
