using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Learning.Domain;

/// <summary>One tag of a course; training plans and the catalogue filter by them.</summary>
public class CourseTag : Entity, IMultiTenant
{
    public const int MaxCodeLength = 64;

    public Guid? TenantId { get; set; }
    public Guid CourseId { get; set; }
    public CourseTagKind Kind { get; set; }
    public string Code { get; set; } = "";
}
