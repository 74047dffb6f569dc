using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Platform.Auditing;
using SafetyPortal.Platform.Data;
using static SafetyPortal.Http.Tests.Learning.LearningClient;

namespace SafetyPortal.Http.Tests.Learning;

/// <summary>Heartbeats earn study time, completion writes the credit hours to the ledger once, forged beats earn nothing.</summary>
public abstract class StudyTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory, ILearningFactory
{
    private Task<PortalClient> As(string? town, string user) => factory.CreatePortalClient().SignedInAsync(town, user);

    private DateTime Advance(double seconds)
    {
        factory.Clock.Advance(TimeSpan.FromSeconds(seconds));
        return factory.Clock.UtcNow;
    }

    [Fact]
    public async Task Studying_to_the_minimum_completes_the_lesson_and_the_ledger_gets_its_hours_once()
    {
        using var author = await As("chengxiang", "townadmin");
        var (course, lesson) = await author.CourseWithLessonAsync("学时 " + Guid.NewGuid().ToString("N")[..6], minimumSeconds: 60, hours: 1.5m);
        using var learner = await As("chengxiang", "principal");
        var before = await learner.GetJsonAsync<LedgerDocument>($"{Api}/ledger");
        var session = await learner.StartAsync(lesson.Id);

        var first = await learner.BeatAsync(lesson.Id, session.SessionId, Advance(30));
        Assert.Equal(("Credited", 30, false), (first.Verdict, first.CreditedSeconds, first.Completed));
        var idle = await learner.BeatAsync(lesson.Id, session.SessionId, Advance(30), active: false);
        Assert.Equal(("Idle", 30), (idle.Verdict, idle.StudiedSeconds));
        var second = await learner.BeatAsync(lesson.Id, session.SessionId, Advance(30));
        Assert.Equal((60, true, 1.5m), (second.StudiedSeconds, second.Completed, second.CreditHoursEarned));
        var third = await learner.BeatAsync(lesson.Id, session.SessionId, Advance(30));
        Assert.Null(third.CreditHoursEarned);

        // Another session on the same lesson completes nothing twice.
        var again = await learner.StartAsync(lesson.Id);
        Assert.True(again.Completed);
        await learner.BeatAsync(lesson.Id, again.SessionId, Advance(30));
        var after = await learner.GetJsonAsync<LedgerDocument>($"{Api}/ledger");
        Assert.Equal(before!.TotalHours + 1.5m, after!.TotalHours);
        var entry = Assert.Single(after.Entries, e => e.SourceId == lesson.Id);
        Assert.Equal(("Lesson", 1.5m), (entry.Source, entry.Hours));
        var progress = await learner.GetJsonAsync<List<LessonProgressDocument>>($"{Api}/courses/{course.Id}/progress");
        Assert.NotNull(Assert.Single(progress!).CompletedTime);

        var export = await learner.Http.GetAsync($"{Api}/ledger/export?year={after.Year}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("PK"u8.ToArray(), (await export.Content.ReadAsByteArrayAsync())[..2]);
    }

    [Fact]
    public async Task Forged_heartbeats_earn_nothing()
    {
        using var author = await As("chengxiang", "townadmin");
        var (_, lesson) = await author.CourseWithLessonAsync("伪造 " + Guid.NewGuid().ToString("N")[..6], minimumSeconds: 600);
        using var learner = await As("chengxiang", "manager");
        var session = await learner.StartAsync(lesson.Id);

        var future = await learner.BeatAsync(lesson.Id, session.SessionId, Advance(30).AddHours(2));
        Assert.Equal(("FutureTimestamp", 0), (future.Verdict, future.StudiedSeconds));
        var rapid = await learner.BeatAsync(lesson.Id, session.SessionId, Advance(1));
        Assert.Equal(("TooSoon", 0), (rapid.Verdict, rapid.StudiedSeconds));

        // A second tab or device takes over; the first earns nothing from then on.
        var second = await learner.StartAsync(lesson.Id);
        var overlapping = await learner.BeatAsync(lesson.Id, session.SessionId, Advance(30));
        Assert.Equal(("OverlappingSession", 0), (overlapping.Verdict, overlapping.CreditedSeconds));
        var taken = await learner.BeatAsync(lesson.Id, second.SessionId, factory.Clock.UtcNow);
        Assert.Equal("Credited", taken.Verdict);

        // Someone else's session, or another lesson's, is not found.
        using var other = await As("chengxiang", "employee");
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.PostAsJsonAsync($"{Api}/lessons/{lesson.Id}/heartbeats",
            new { sessionId = second.SessionId, clientTime = factory.Clock.UtcNow, visible = true, active = true })).StatusCode);
    }

    [Fact]
    public async Task Heartbeats_leave_no_audit_entry_but_a_refused_one_does()
    {
        using var author = await As("chengxiang", "townadmin");
        var (_, lesson) = await author.CourseWithLessonAsync("审计 " + Guid.NewGuid().ToString("N")[..6], minimumSeconds: 600);
        using var learner = await As("chengxiang", "inspector");
        var session = await learner.StartAsync(lesson.Id);
        await learner.BeatAsync(lesson.Id, session.SessionId, Advance(30));
        await learner.BeatAsync(lesson.Id, session.SessionId, Advance(30), active: false);
        using var other = await As("chengxiang", "officer");
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.PostAsJsonAsync($"{Api}/lessons/{lesson.Id}/heartbeats",
            new { sessionId = session.SessionId, clientTime = factory.Clock.UtcNow, visible = true, active = true })).StatusCode);

        var url = $"{Api}/lessons/{lesson.Id}/heartbeats";
        var entries = await AuditEntriesAsync(url, until: e => e.Any(a => a.HttpStatusCode == 404));
        Assert.Equal([404], entries.Select(e => e.HttpStatusCode));
        Assert.Single(await AuditEntriesAsync($"{Api}/lessons/{lesson.Id}/sessions", until: e => e.Count > 0));
    }

    /// <summary>The audit entries of one URL, waiting briefly for the one the condition expects (entries are written as a request ends).</summary>
    private async Task<List<AuditLog>> AuditEntriesAsync(string url, Func<List<AuditLog>, bool> until)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var entries = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<AuditLog>().IgnoreQueryFilters().AsNoTracking()
                .Where(a => a.Url == url).ToListAsync();
            if (until(entries) || attempt == 50)
            {
                return entries;
            }
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task A_video_resumes_where_it_stopped_and_jumping_ahead_earns_nothing()
    {
        using var author = await As("chengxiang", "townadmin");
        var (_, lesson) = await author.CourseWithLessonAsync("视频学习 " + Guid.NewGuid().ToString("N")[..6], kind: "Video", minimumSeconds: 30,
            videoSeconds: 100, file: FakeMp4(4096));
        using var learner = await As("chengxiang", "employee");
        var session = await learner.StartAsync(lesson.Id);
        var played = await learner.BeatAsync(lesson.Id, session.SessionId, Advance(30), playing: true, position: 30);
        Assert.Equal(("Credited", 30, false), (played.Verdict, played.StudiedSeconds, played.Completed));
        var jump = await learner.BeatAsync(lesson.Id, session.SessionId, Advance(30), playing: true, position: 99);
        Assert.Equal(("PositionJump", 30, false), (jump.Verdict, jump.StudiedSeconds, jump.Completed));

        var resumed = await learner.StartAsync(lesson.Id);
        Assert.Equal(99, resumed.Position);
    }
}

public sealed class StudyTestsOnSqlite(LearningSqliteFactory factory) : StudyTests<LearningSqliteFactory>(factory);

public sealed class StudyTestsOnMariaDb(LearningMariaDbFactory factory) : StudyTests<LearningMariaDbFactory>(factory);
