using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Platform.Learning;

namespace SafetyPortal.Exams.Attempts;

/// <summary>
/// 先培训后考试: an exam with a required training plan opens to a candidate only once they have completed that plan
/// (Learning's enrolment, read through <see cref="ITrainingPlanCompletion"/>). Answers why not, for the page and the API.
/// </summary>
public sealed class ExamPlanGate(ITrainingPlanCompletion plans, ExamCandidate candidate, IStringLocalizer<ExamsResource> text)
{
    /// <summary>Null when the candidate may start; otherwise the reason ("complete training plan X first").</summary>
    public async Task<string?> LockReasonAsync(Exam exam, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exam);
        if (exam.RequiredPlanId is not { } planId || await plans.HasCompletedAsync(planId, candidate.Id, cancellationToken))
        {
            return null;
        }
        var title = (await plans.GetPlansAsync([planId], cancellationToken)).GetValueOrDefault(planId)?.Title ?? "";
        return text["ExamPlanFirst", title];
    }
}
