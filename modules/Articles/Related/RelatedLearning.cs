using SafetyPortal.Platform.Exams;
using SafetyPortal.Platform.Learning;

namespace SafetyPortal.Articles.Related;

/// <summary>
/// 关联学习: the courses and questions of an article's risk categories, through the Learning and Exams contracts.
/// A quiz has 3 to 5 questions: all there are up to 5, none when fewer than 3.
/// </summary>
public sealed class RelatedLearning(IRelatedCourses courses, IRelatedQuestions questions)
{
    public const int MaxCourses = 6;
    public const int MinQuizQuestions = 3;
    public const int MaxQuizQuestions = 5;

    public async Task<RelatedLearningDto> ForRiskCategoriesAsync(IReadOnlyCollection<string> riskCategoryCodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(riskCategoryCodes);
        var codes = riskCategoryCodes.Where(c => !string.IsNullOrWhiteSpace(c)).Distinct().ToList();
        if (codes.Count == 0)
        {
            return new RelatedLearningDto([], [], 0, 0);
        }
        var found = await courses.FindAsync(codes, MaxCourses, cancellationToken);
        var available = await questions.CountAsync(codes, cancellationToken);
        return new RelatedLearningDto(codes, found, available, QuizSize(available));
    }

    public static int QuizSize(int available) => available < MinQuizQuestions ? 0 : Math.Min(available, MaxQuizQuestions);
}
