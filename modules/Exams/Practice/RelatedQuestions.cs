using Microsoft.EntityFrameworkCore;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Platform.Exams;

namespace SafetyPortal.Exams.Practice;

/// <summary>Counts the live questions on given risk categories that practice would draw from.</summary>
public sealed class RelatedQuestions(QuestionScope scope) : IRelatedQuestions
{
    public async Task<int> CountAsync(IReadOnlyCollection<string> riskCategoryCodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(riskCategoryCodes);
        return riskCategoryCodes.Count == 0 ? 0 : await OnRiskCategories(scope.Questions(), [.. riskCategoryCodes]).CountAsync(cancellationToken);
    }

    /// <summary>The live questions among <paramref name="questions"/> tagged with any of <paramref name="codes"/>.</summary>
    public static IQueryable<Question> OnRiskCategories(IQueryable<Question> questions, List<string> codes) =>
        questions.Where(q => !q.IsRetired && q.Tags.Any(t => t.Kind == QuestionTagKind.RiskCategory && codes.Contains(t.Code)));
}
