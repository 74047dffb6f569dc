namespace SafetyPortal.Exams.Examination;

public sealed record ExamDto(
    Guid Id,
    bool IsBureau,
    bool CanEdit,
    string Title,
    Guid PaperId,
    DateTime OpensAt,
    DateTime ClosesAt,
    int DurationMinutes,
    decimal PassMark,
    int AttemptsAllowed,
    GradingMethod GradingMethod,
    MultipleChoiceScoring MultipleChoiceScoring,
    bool ShuffleQuestions,
    bool ShuffleOptions,
    ReviewPolicy ReviewPolicy,
    bool ShowCorrectAnswers,
    int? LeavePageLimit,
    Guid? EnterpriseId,
    IReadOnlyList<string> Roles,
    ExamStatus Status,
    string ConcurrencyStamp,
    Guid? RequiredPlanId)
{
    public static ExamDto From(Exam exam, Guid? currentTenant)
    {
        ArgumentNullException.ThrowIfNull(exam);
        return new ExamDto(exam.Id, exam.TenantId is null, exam.TenantId == currentTenant, exam.Title, exam.PaperId, exam.OpensAt, exam.ClosesAt,
            exam.DurationMinutes, exam.PassMark, exam.AttemptsAllowed, exam.GradingMethod, exam.MultipleChoiceScoring, exam.ShuffleQuestions,
            exam.ShuffleOptions, exam.ReviewPolicy, exam.ShowCorrectAnswers, exam.LeavePageLimit, exam.EnterpriseId, exam.RoleList, exam.Status,
            exam.ConcurrencyStamp, exam.RequiredPlanId);
    }
}
