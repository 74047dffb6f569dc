using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Attempts;

/// <summary>
/// 答卷: one candidate's sitting of an exam. The questions, their order and their options' order are fixed and
/// snapshotted at the start (<see cref="Questions"/>), so editing the bank never changes it. Answers are saved one by
/// one while <see cref="Status"/> is open and the server's clock is before <see cref="Deadline"/>. An answer writes only
/// its own question row; each question's <see cref="AttemptQuestion.Revision"/> orders it against the submit.
/// </summary>
public class Attempt : AggregateRoot, IMultiTenant
{
    public Guid? TenantId { get; set; }
    public Guid ExamId { get; set; }
    public Guid UserId { get; set; }

    public const int MaxPositionLength = 64;

    /// <summary>The candidate's enterprise when the attempt started (null: town or bureau staff), for results by enterprise.</summary>
    public Guid? EnterpriseId { get; set; }

    /// <summary>The candidate's position (岗位) when the attempt started, for results by position.</summary>
    public string? Position { get; set; }

    /// <summary>1 for the candidate's first attempt at the exam.</summary>
    public int AttemptNo { get; set; }

    public DateTime StartedAt { get; set; }

    /// <summary>min(start + duration, exam close), UTC.</summary>
    public DateTime Deadline { get; set; }

    public AttemptStatus Status { get; set; } = AttemptStatus.Open;
    public DateTime? SubmittedAt { get; set; }
    public SubmitReason? SubmitReason { get; set; }
    public decimal MaxScore { get; set; }
    public decimal? Score { get; set; }
    public bool? Passed { get; set; }

    /// <summary>
    /// When the attempt's wrong questions entered the candidate's mistake book (UTC); null until then. Recorded after
    /// the submit, not in it (<see cref="Practice.ExamMistakes"/>), so a submit does not wait for dozens of book rows.
    /// </summary>
    public DateTime? MistakesRecordedAt { get; set; }

    /// <summary>Times the page was left (visibility changes reported by the page).</summary>
    public int LeavePageCount { get; set; }

    public List<AttemptQuestion> Questions { get; set; } = [];

    public bool AcceptsAnswersAt(DateTime now) => AcceptsAnswers(Status, Deadline, now);

    public static bool AcceptsAnswers(AttemptStatus status, DateTime deadline, DateTime now) => status == AttemptStatus.Open && now < deadline;

    /// <summary>The attempt's deadline: the duration from the start, cut short by the exam's close.</summary>
    public static DateTime DeadlineFor(DateTime startedAt, int durationMinutes, DateTime examClosesAt)
    {
        var byDuration = startedAt.AddMinutes(durationMinutes);
        return byDuration < examClosesAt ? byDuration : examClosesAt;
    }
}
