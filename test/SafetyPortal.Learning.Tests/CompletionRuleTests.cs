using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Tests;

public sealed class CompletionRuleTests
{
    [Fact]
    public void A_text_lesson_is_completed_after_its_minimum_study_time()
    {
        var lesson = new Lesson { Kind = LessonKind.RichText, MinimumStudySeconds = 120 };
        Assert.False(CompletionRule.IsMet(lesson, new LessonProgress { StudiedSeconds = 119 }));
        Assert.True(CompletionRule.IsMet(lesson, new LessonProgress { StudiedSeconds = 120 }));
    }

    [Fact]
    public void A_video_needs_ninety_percent_watched_and_the_minimum_time()
    {
        var lesson = new Lesson { Kind = LessonKind.Video, VideoSeconds = 600, MinimumStudySeconds = 300 };
        Assert.False(CompletionRule.IsMet(lesson, new LessonProgress { StudiedSeconds = 600, WatchedUpTo = 539 }));
        Assert.False(CompletionRule.IsMet(lesson, new LessonProgress { StudiedSeconds = 299, WatchedUpTo = 600 }));
        Assert.True(CompletionRule.IsMet(lesson, new LessonProgress { StudiedSeconds = 300, WatchedUpTo = 540 }));
    }

    [Fact]
    public void Nothing_is_completed_without_any_credited_time()
    {
        Assert.False(CompletionRule.IsMet(new Lesson { Kind = LessonKind.Document }, new LessonProgress()));
    }

    [Fact]
    public void Ledger_years_are_years_in_China_time()
    {
        Assert.Equal(2027, ChinaCalendar.YearOf(new DateTime(2026, 12, 31, 20, 0, 0, DateTimeKind.Utc)));
        Assert.Equal(2026, ChinaCalendar.YearOf(new DateTime(2026, 12, 31, 15, 0, 0, DateTimeKind.Utc)));
    }
}
