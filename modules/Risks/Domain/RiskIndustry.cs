using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Risks.Domain;

/// <summary>
/// A branch of the catalogue (e.g. 机械制造, 粉末冶金). Host rows (TenantId null) are the bureau's and
/// visible to every town; a town may add its own. Read through <c>RiskCatalogueScope</c>, never the raw set.
/// </summary>
public class RiskIndustry : AggregateRoot, IMultiTenant
{
    public const int MaxCodeLength = 32;
    public const int MaxNameLength = 128;

    public Guid? TenantId { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public int SortOrder { get; set; }
}
