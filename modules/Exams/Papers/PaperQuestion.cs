using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Papers;

/// <summary>A chosen question of a fixed paper, with the points it is worth there.</summary>
public class PaperQuestion : Entity, IMultiTenant
{
    public Guid? TenantId { get; set; }
    public Guid PaperId { get; set; }
    public Guid QuestionId { get; set; }
    public decimal Points { get; set; }
    public int SortOrder { get; set; }
}
