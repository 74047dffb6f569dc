using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Domain;

/// <summary>One tag of a question; filters, bulk tagging and (later) paper rules select by them.</summary>
public class QuestionTag : Entity, IMultiTenant
{
    public const int MaxCodeLength = 64;

    public Guid? TenantId { get; set; }
    public Guid QuestionId { get; set; }
    public QuestionTagKind Kind { get; set; }
    public string Code { get; set; } = "";
}
