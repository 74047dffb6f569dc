using SafetyPortal.Exams.Practice;

namespace SafetyPortal.Exams.Tests.Practice;

public sealed class MistakeBookEntryTests
{
    private static readonly DateTime Now = new(2026, 5, 1, 8, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void A_practice_mistake_is_counted_and_shown_at_once()
    {
        var entry = new MistakeBookEntry();
        entry.RecordPracticeMistake(Now);
        Assert.Equal((1, MistakeSource.Practice, Now), (entry.WrongCount, entry.Source, entry.LastWrongAt));
        Assert.True(entry.IsVisibleAt(Now));
    }

    [Fact]
    public void The_same_exam_attempt_is_counted_once()
    {
        var entry = new MistakeBookEntry();
        var exam = Guid.NewGuid();
        Assert.True(entry.RecordExamMistake(exam, Now, Now));
        Assert.False(entry.RecordExamMistake(exam, Now, Now));
        Assert.False(entry.RecordExamMistake(exam, Now.AddMinutes(-5), Now));
        Assert.Equal((1, MistakeSource.Exam, (Guid?)exam), (entry.WrongCount, entry.Source, entry.ExamId));
        Assert.True(entry.RecordExamMistake(exam, Now.AddHours(1), Now.AddHours(1)));
        Assert.Equal(2, entry.WrongCount);
    }

    [Fact]
    public void An_exam_mistake_is_hidden_until_the_review_shows_correct_answers()
    {
        var hidden = new MistakeBookEntry();
        hidden.RecordExamMistake(Guid.NewGuid(), Now, revealAt: null);
        Assert.False(hidden.IsVisibleAt(Now.AddYears(1)));

        var afterClose = new MistakeBookEntry();
        afterClose.RecordExamMistake(Guid.NewGuid(), Now, revealAt: Now.AddDays(1));
        Assert.False(afterClose.IsVisibleAt(Now.AddHours(23)));
        Assert.True(afterClose.IsVisibleAt(Now.AddDays(1)));

        // A practice mistake of the same question shows it: practice shows its answer anyway.
        hidden.RecordPracticeMistake(Now.AddHours(1));
        Assert.True(hidden.IsVisibleAt(Now.AddHours(1)));
    }

    [Fact]
    public void Right_answers_in_a_row_master_the_question_and_a_wrong_one_starts_over()
    {
        var entry = new MistakeBookEntry();
        entry.RecordPracticeMistake(Now);
        entry.RecordRight(2, Now);
        Assert.False(entry.IsMastered);
        entry.RecordPracticeMistake(Now);
        entry.RecordRight(2, Now);
        Assert.False(entry.IsMastered);
        entry.RecordRight(2, Now.AddMinutes(1));
        Assert.Equal((true, (DateTime?)Now.AddMinutes(1), 2), (entry.IsMastered, entry.MasteredAt, entry.CorrectRun));

        entry.RecordExamMistake(Guid.NewGuid(), Now.AddHours(1), Now.AddHours(1));
        Assert.Equal((false, null, 0, 3), (entry.IsMastered, entry.MasteredAt, entry.CorrectRun, entry.WrongCount));
    }
}
