using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Risks.Domain;

/// <summary>管控措施 of one risk point: what is done, how often, and by which role.</summary>
public class RiskControlMeasure : Entity, IMultiTenant
{
    public const int MaxDescriptionLength = 500;
    public const int MaxRoleLength = 64;

    public Guid? TenantId { get; set; }
    public Guid RiskPointId { get; set; }
    public int SortOrder { get; set; }
    public string Description { get; set; } = "";
    public MeasureFrequency Frequency { get; set; }

    /// <summary>Position or role that carries it out (e.g. 班组长, 设备主管).</summary>
    public string ResponsibleRole { get; set; } = "";
}
