using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Practice;

/// <summary>
/// What to practise: a category with its subcategories, the risk categories of one's own enterprise (and one's
/// position), given risk categories (an article's quiz), or one's mistake book (unmastered entries); optionally one
/// kind; Count questions (default 10, 1 to 50).
/// </summary>
public sealed record PracticeRequest(
    Guid? CategoryId = null,
    bool MyRisks = false,
    bool Mistakes = false,
    QuestionKind? Kind = null,
    int? Count = null,
    IReadOnlyList<string>? RiskCategoryCodes = null);
