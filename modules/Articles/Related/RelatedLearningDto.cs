using SafetyPortal.Platform.Learning;

namespace SafetyPortal.Articles.Related;

/// <summary>
/// What an article leads on to: courses on its risk categories, and how many questions a short quiz could draw from
/// (a quiz is offered from <see cref="RelatedLearning.MinQuizQuestions"/> on; the Exams practice API draws it by
/// <see cref="RiskCategoryCodes"/>).
/// </summary>
public sealed record RelatedLearningDto(IReadOnlyList<string> RiskCategoryCodes, IReadOnlyList<RelatedCourse> Courses, int QuizQuestions, int QuizSize);
