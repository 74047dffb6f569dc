using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Papers;

public sealed record PaperRuleRequest(Guid? CategoryId, string? RiskCategoryCode, QuestionKind? Kind, int? Difficulty, int Count, decimal Points, bool Personalised = false);
