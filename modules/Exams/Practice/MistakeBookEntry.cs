using SafetyPortal.Platform.Auditing;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Practice;

/// <summary>
/// 错题: one question a user answered wrong, one row per (user, question). A wrong answer (practice or exam) counts
/// and starts the run of right answers over; <see cref="MasteryRun"/> right answers in a row master it. An exam's
/// mistake is shown only from <see cref="VisibleFrom"/> on (when the exam's review lets its correct answers be seen;
/// null: not before a practice mistake of the same question). The exam attempts counted are those submitted up to
/// <see cref="ExamCountedUntil"/>, so running the submit handler again for an attempt changes nothing. Not in the audit
/// log: it is derived from answers (the attempts are audited), and a submit of an exam writes dozens of rows of it.
/// </summary>
[DisableAuditing]
public class MistakeBookEntry : Entity, IMultiTenant
{
    public Guid? TenantId { get; set; }
    public Guid UserId { get; set; }
    public Guid QuestionId { get; set; }
    public int WrongCount { get; set; }
    public DateTime LastWrongAt { get; set; }
    public MistakeSource Source { get; set; }

    /// <summary>The exam of the latest exam mistake; null when the latest came from practice.</summary>
    public Guid? ExamId { get; set; }

    /// <summary>Shown and practised from this moment (UTC); null: not yet (an exam whose review hides correct answers).</summary>
    public DateTime? VisibleFrom { get; set; }

    /// <summary>The submit time of the latest exam attempt counted; an attempt submitted no later is not counted again.</summary>
    public DateTime? ExamCountedUntil { get; set; }

    /// <summary>Right answers in a row since the last wrong one.</summary>
    public int CorrectRun { get; set; }

    public bool IsMastered { get; set; }
    public DateTime? MasteredAt { get; set; }

    public bool IsVisibleAt(DateTime now) => VisibleFrom is { } from && from <= now;

    /// <summary>A wrong practice answer: counted and shown at once.</summary>
    public void RecordPracticeMistake(DateTime now)
    {
        Wrong(now, MistakeSource.Practice, null);
        VisibleFrom = VisibleFrom is { } from && from <= now ? from : now;
    }

    /// <summary>
    /// A wrong question of an exam attempt submitted at <paramref name="submittedAt"/>, shown from
    /// <paramref name="revealAt"/> (null: while the exam hides its correct answers). False when that attempt was counted already.
    /// </summary>
    public bool RecordExamMistake(Guid examId, DateTime submittedAt, DateTime? revealAt)
    {
        if (ExamCountedUntil is { } counted && submittedAt <= counted)
        {
            return false;
        }
        ExamCountedUntil = submittedAt;
        Wrong(submittedAt > LastWrongAt ? submittedAt : LastWrongAt, MistakeSource.Exam, examId);
        if (revealAt is { } reveal && (VisibleFrom is not { } from || reveal < from))
        {
            VisibleFrom = reveal;
        }
        return true;
    }

    /// <summary>A right practice answer: one more in the run; <paramref name="masteryRun"/> in a row master the question.</summary>
    public void RecordRight(int masteryRun, DateTime now)
    {
        CorrectRun++;
        if (!IsMastered && CorrectRun >= Math.Max(1, masteryRun))
        {
            IsMastered = true;
            MasteredAt = now;
        }
    }

    private void Wrong(DateTime at, MistakeSource source, Guid? examId)
    {
        WrongCount++;
        LastWrongAt = at;
        Source = source;
        ExamId = examId;
        CorrectRun = 0;
        IsMastered = false;
        MasteredAt = null;
    }
}
