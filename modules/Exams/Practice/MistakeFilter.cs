using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Practice;

/// <summary>Filters of the mistake book: a category with its subcategories, a kind, mastered or not.</summary>
public sealed record MistakeFilter(Guid? CategoryId = null, QuestionKind? Kind = null, bool? Mastered = null);
