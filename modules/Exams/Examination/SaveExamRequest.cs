namespace SafetyPortal.Exams.Examination;

public sealed record SaveExamRequest(
    string? Title,
    Guid? PaperId,
    DateTime? OpensAt,
    DateTime? ClosesAt,
    int DurationMinutes,
    decimal PassMark,
    int AttemptsAllowed = 1,
    GradingMethod GradingMethod = GradingMethod.Highest,
    MultipleChoiceScoring MultipleChoiceScoring = MultipleChoiceScoring.AllOrNothing,
    bool ShuffleQuestions = false,
    bool ShuffleOptions = false,
    ReviewPolicy ReviewPolicy = ReviewPolicy.AfterClose,
    bool ShowCorrectAnswers = false,
    int? LeavePageLimit = null,
    Guid? EnterpriseId = null,
    IReadOnlyList<string>? Roles = null,
    string? ConcurrencyStamp = null,
    Guid? RequiredPlanId = null);
