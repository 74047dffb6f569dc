using SafetyPortal.Exams.Examination;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Manage;

/// <summary>The exam edit form's fields (times in China time as people type them; stored UTC).</summary>
public sealed class ExamForm
{
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    public string? Title { get; set; }
    public Guid? PaperId { get; set; }
    public DateTime? OpensAt { get; set; }
    public DateTime? ClosesAt { get; set; }
    public int DurationMinutes { get; set; } = 60;
    public decimal PassMark { get; set; } = 60;
    public int AttemptsAllowed { get; set; } = 1;
    public GradingMethod GradingMethod { get; set; } = GradingMethod.Highest;
    public bool PartialCredit { get; set; }
    public bool ShuffleQuestions { get; set; }
    public bool ShuffleOptions { get; set; }
    public ReviewPolicy ReviewPolicy { get; set; } = ReviewPolicy.AfterClose;
    public bool ShowCorrectAnswers { get; set; }
    public int? LeavePageLimit { get; set; }
    public string? Roles { get; set; }
    public Guid? RequiredPlanId { get; set; }
    public string? ConcurrencyStamp { get; set; }

    public static ExamForm From(ExamDto exam)
    {
        ArgumentNullException.ThrowIfNull(exam);
        return new ExamForm
        {
            Title = exam.Title, PaperId = exam.PaperId, OpensAt = exam.OpensAt + China, ClosesAt = exam.ClosesAt + China,
            DurationMinutes = exam.DurationMinutes, PassMark = exam.PassMark, AttemptsAllowed = exam.AttemptsAllowed, GradingMethod = exam.GradingMethod,
            PartialCredit = exam.MultipleChoiceScoring == MultipleChoiceScoring.Partial, ShuffleQuestions = exam.ShuffleQuestions,
            ShuffleOptions = exam.ShuffleOptions, ReviewPolicy = exam.ReviewPolicy, ShowCorrectAnswers = exam.ShowCorrectAnswers,
            LeavePageLimit = exam.LeavePageLimit, Roles = string.Join(',', exam.Roles), ConcurrencyStamp = exam.ConcurrencyStamp,
            RequiredPlanId = exam.RequiredPlanId,
        };
    }

    public SaveExamRequest ToRequest() => new(Title, PaperId,
        OpensAt is { } opens ? DateTime.SpecifyKind(opens - China, DateTimeKind.Utc) : null,
        ClosesAt is { } closes ? DateTime.SpecifyKind(closes - China, DateTimeKind.Utc) : null,
        DurationMinutes, PassMark, AttemptsAllowed, GradingMethod, PartialCredit ? MultipleChoiceScoring.Partial : MultipleChoiceScoring.AllOrNothing,
        ShuffleQuestions, ShuffleOptions, ReviewPolicy, ShowCorrectAnswers, LeavePageLimit, null,
        (Roles ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), ConcurrencyStamp, RequiredPlanId);
}
