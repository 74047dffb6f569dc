using SafetyPortal.Exams.Domain;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Papers;

/// <summary>
/// 组卷规则: draw <see cref="Count"/> distinct live questions matching every condition given (category with its subtree,
/// risk category tag, kind, difficulty), each worth <see cref="Points"/>.
/// </summary>
public class PaperRule : Entity, IMultiTenant
{
    public const int MaxCount = 200;

    public Guid? TenantId { get; set; }
    public Guid PaperId { get; set; }
    public int SortOrder { get; set; }
    public Guid? CategoryId { get; set; }
    public string? RiskCategoryCode { get; set; }
    public QuestionKind? Kind { get; set; }
    public int? Difficulty { get; set; }

    /// <summary>
    /// 个性化: questions tagged with a risk category of the candidate's enterprise register or the candidate's position come
    /// first; the rule's other conditions still apply, and other matching questions make up any shortfall.
    /// </summary>
    public bool Personalised { get; set; }
    public int Count { get; set; }
    public decimal Points { get; set; }
}
