using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Examination;

/// <summary>
/// 考试: a paper taken in a window (<see cref="OpensAt"/> to <see cref="ClosesAt"/>, UTC) with a time limit, a pass mark
/// and a number of attempts. The bureau's exams (TenantId null) are for every town; a town's for its own staff. Only a
/// published exam can be taken.
/// </summary>
public class Exam : AggregateRoot, IMultiTenant
{
    public const int MaxTitleLength = 128;
    public const int MaxRolesLength = 512;

    public Guid? TenantId { get; set; }
    public string Title { get; set; } = "";
    public Guid PaperId { get; set; }
    public DateTime OpensAt { get; set; }
    public DateTime ClosesAt { get; set; }
    public int DurationMinutes { get; set; }

    /// <summary>Points needed to pass.</summary>
    public decimal PassMark { get; set; }

    /// <summary>How many attempts a candidate has; 0 for no limit.</summary>
    public int AttemptsAllowed { get; set; } = 1;

    public GradingMethod GradingMethod { get; set; } = GradingMethod.Highest;
    public MultipleChoiceScoring MultipleChoiceScoring { get; set; } = MultipleChoiceScoring.AllOrNothing;
    public bool ShuffleQuestions { get; set; }
    public bool ShuffleOptions { get; set; }
    public ReviewPolicy ReviewPolicy { get; set; } = ReviewPolicy.AfterClose;
    public bool ShowCorrectAnswers { get; set; }

    /// <summary>Leaving the page this many times submits the attempt; null: counted but never submits.</summary>
    public int? LeavePageLimit { get; set; }

    /// <summary>Only staff of this enterprise; null: every enterprise (and the town's own staff).</summary>
    public Guid? EnterpriseId { get; set; }

    /// <summary>Comma-separated role names the exam is for; empty: everyone.</summary>
    public string Roles { get; set; } = "";

    /// <summary>
    /// A training plan (Learning) the candidate must have completed before starting; null: none. Kept as an id only
    /// (modules do not share tables): the plan is read through the kernel's ITrainingPlanCompletion.
    /// </summary>
    public Guid? RequiredPlanId { get; set; }

    public ExamStatus Status { get; set; } = ExamStatus.Draft;
    public DateTime? PublishedTime { get; set; }

    public IReadOnlyList<string> RoleList => Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Whether the window is open at that moment (UTC).</summary>
    public bool IsOpenAt(DateTime now) => Status == ExamStatus.Published && now >= OpensAt && now < ClosesAt;
}
