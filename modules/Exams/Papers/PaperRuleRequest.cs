using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Papers;

public sealed record PaperRuleRequest(Guid? CategoryId, string? RiskCategoryCode, QuestionKind? Kind, int? Difficulty, int Count, decimal Points, bool Personalised = false)
{
    /// <summary>The rule as stored (an empty risk category is none).</summary>
    public PaperRule ToRule(Guid? tenantId, Guid paperId, int sortOrder) => new()
    {
        TenantId = tenantId, PaperId = paperId, SortOrder = sortOrder, CategoryId = CategoryId,
        RiskCategoryCode = string.IsNullOrWhiteSpace(RiskCategoryCode) ? null : RiskCategoryCode.Trim(),
        Kind = Kind, Difficulty = Difficulty, Count = Count, Points = Points, Personalised = Personalised,
    };
}
