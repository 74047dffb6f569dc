using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Risks.Domain;

/// <summary>
/// One immutable snapshot of a catalogue entry. An edit adds a version; inspections record the
/// version they checked against, so a later edit never rewrites what a past inspection saw.
/// </summary>
public class RiskCategoryVersion : Entity, IMultiTenant, IHasCreationTime
{
    public const int MaxNameLength = 128;
    public const int MaxTextLength = 4000;

    public Guid? TenantId { get; set; }
    public Guid CategoryId { get; set; }
    public int VersionNumber { get; set; }
    public string Name { get; set; } = "";

    /// <summary>典型危险有害因素 / possible accidents, free text.</summary>
    public string? TypicalHazards { get; set; }

    /// <summary>Default 管控措施, one per line (see <see cref="TextLines"/>).</summary>
    public string ControlMeasures { get; set; } = "";

    /// <summary>检查要点, one per line.</summary>
    public string CheckPoints { get; set; } = "";
    public KeySites KeySites { get; set; }

    /// <summary>UTC; the version applies from then until the next version's ValidFrom.</summary>
    public DateTime ValidFrom { get; set; }
    public DateTime CreationTime { get; set; }
}
