using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Papers;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Papers;

/// <summary>A rule of a rule-based paper on the form; an empty condition matches every question.</summary>
public sealed class PaperRuleField
{
    public Guid? CategoryId { get; set; }
    public string? RiskCategoryCode { get; set; }
    public QuestionKind? Kind { get; set; }
    public int? Difficulty { get; set; }
    public int Count { get; set; } = 10;
    public decimal Points { get; set; } = 1;
    public bool Personalised { get; set; }

    public static PaperRuleField From(PaperRuleRequest rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new PaperRuleField
        {
            CategoryId = rule.CategoryId, RiskCategoryCode = rule.RiskCategoryCode, Kind = rule.Kind, Difficulty = rule.Difficulty,
            Count = rule.Count, Points = rule.Points, Personalised = rule.Personalised,
        };
    }

    public PaperRuleRequest ToRequest() => new(CategoryId, RiskCategoryCode, Kind, Difficulty, Count, Points, Personalised);
}
