using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Risks.Domain;

/// <summary>
/// 风险类别 / 风险点类型: the stable identity of a catalogue entry (its code). What it says lives in
/// immutable <see cref="RiskCategoryVersion"/> rows; Name, KeySites and CurrentVersion here are a copy
/// of the newest version for lists and filters, changed only by <see cref="Publish"/>.
/// </summary>
public class RiskCategory : AggregateRoot, IMultiTenant
{
    public const int MaxCodeLength = 32;

    public Guid? TenantId { get; set; }
    public Guid IndustryId { get; set; }

    /// <summary>Unique among the entries a town sees (host entries and its own).</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public KeySites KeySites { get; set; }
    public int CurrentVersion { get; set; }

    /// <summary>A retired entry takes no new risk points; existing points keep it.</summary>
    public bool IsRetired { get; set; }

    /// <summary>Makes the content the new current version; earlier versions are never changed.</summary>
    public RiskCategoryVersion Publish(RiskCategoryContent content, DateTime validFromUtc)
    {
        CurrentVersion++;
        Name = content.Name;
        KeySites = content.KeySites;
        return new RiskCategoryVersion
        {
            TenantId = TenantId,
            CategoryId = Id,
            VersionNumber = CurrentVersion,
            Name = content.Name,
            TypicalHazards = content.TypicalHazards,
            ControlMeasures = TextLines.Join(content.ControlMeasures),
            CheckPoints = TextLines.Join(content.CheckPoints),
            KeySites = content.KeySites,
            ValidFrom = validFromUtc,
        };
    }
}
