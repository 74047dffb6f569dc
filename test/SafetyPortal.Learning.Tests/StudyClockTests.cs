using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Tests;

/// <summary>The heartbeat credit rules: only visible, active (or playing) wall-clock time counts, capped per beat; forged beats earn nothing.</summary>
public sealed class StudyClockTests
{
    private static readonly DateTime Start = new(2026, 3, 1, 8, 0, 0, DateTimeKind.Utc);

    private static StudySession Session(double position = 0) =>
        new() { LastBeatTime = Start, LastClientTime = Start, LastPosition = position, StartedTime = Start };

    private static Heartbeat Beat(double seconds, bool visible = true, bool active = true, bool playing = false, double position = 0) =>
        new(Start.AddSeconds(seconds), visible, active, playing, position);

    private static HeartbeatOutcome Judge(StudySession session, Heartbeat beat, double serverSeconds, LessonKind kind = LessonKind.RichText) =>
        StudyClock.Judge(session, beat, Start.AddSeconds(serverSeconds), kind);

    [Fact]
    public void A_visible_active_interval_earns_the_server_time_between_beats()
    {
        var outcome = Judge(Session(), Beat(30), 30);
        Assert.Equal((HeartbeatVerdict.Credited, 30), (outcome.Verdict, outcome.CreditedSeconds));
    }

    [Fact]
    public void A_late_beat_earns_at_most_the_cap_and_a_long_silence_earns_nothing()
    {
        Assert.Equal(40, Judge(Session(), Beat(60), 60).CreditedSeconds);
        var silence = Judge(Session(), Beat(600), 600);
        Assert.Equal((HeartbeatVerdict.Gap, 0), (silence.Verdict, silence.CreditedSeconds));
    }

    [Fact]
    public void Hidden_or_idle_pages_and_paused_videos_earn_nothing()
    {
        Assert.Equal(HeartbeatVerdict.Idle, Judge(Session(), Beat(30, visible: false), 30).Verdict);
        Assert.Equal(HeartbeatVerdict.Idle, Judge(Session(), Beat(30, active: false), 30).Verdict);
        Assert.Equal(HeartbeatVerdict.Idle, Judge(Session(), Beat(30, playing: false), 30, LessonKind.Video).Verdict);
        Assert.Equal(HeartbeatVerdict.Credited, Judge(Session(), Beat(30, playing: true, position: 30), 30, LessonKind.Video).Verdict);
    }

    [Fact]
    public void A_client_clock_in_the_future_is_forged()
    {
        var outcome = Judge(Session(), Beat(3600), 30);
        Assert.Equal(HeartbeatVerdict.FutureTimestamp, outcome.Verdict);
        Assert.True(outcome.IsForged);
        Assert.Equal(0, outcome.CreditedSeconds);
    }

    [Fact]
    public void A_client_clock_running_faster_than_real_time_is_forged()
    {
        var session = Session();
        session.LastClientTime = Start.AddMinutes(-10);
        var outcome = Judge(session, Beat(30), 30);
        Assert.Equal(HeartbeatVerdict.ClockRate, outcome.Verdict);
        Assert.True(outcome.IsForged);
    }

    [Fact]
    public void Beats_faster_than_the_shortest_interval_earn_nothing_and_keep_the_clock()
    {
        var session = Session();
        var progress = new LessonProgress();
        for (var i = 1; i <= 9; i++)
        {
            var beat = Beat(i * 0.5);
            var outcome = Judge(session, beat, i * 0.5);
            Assert.Equal(HeartbeatVerdict.TooSoon, outcome.Verdict);
            StudyClock.Apply(session, progress, beat, outcome, Start.AddSeconds(i * 0.5));
        }
        Assert.Equal(0, progress.StudiedSeconds);
        Assert.Equal(Start, session.LastBeatTime);
    }

    [Fact]
    public void A_video_position_jumping_ahead_is_refused_and_does_not_count_as_watched()
    {
        var session = Session(position: 10);
        var progress = new LessonProgress { WatchedUpTo = 10 };
        var beat = Beat(30, playing: true, position: 500);
        var outcome = Judge(session, beat, 30, LessonKind.Video);
        StudyClock.Apply(session, progress, beat, outcome, Start.AddSeconds(30));
        Assert.Equal(HeartbeatVerdict.PositionJump, outcome.Verdict);
        Assert.Equal((0, 10d, 500d), (progress.StudiedSeconds, progress.WatchedUpTo, progress.LastPosition));

        // Playing on from the jumped-to place earns time but not "watched" coverage.
        var next = new Heartbeat(Start.AddSeconds(60), true, true, true, 530);
        var after = StudyClock.Judge(session, next, Start.AddSeconds(60), LessonKind.Video);
        StudyClock.Apply(session, progress, next, after, Start.AddSeconds(60));
        Assert.Equal((HeartbeatVerdict.Credited, 30, 10d), (after.Verdict, progress.StudiedSeconds, progress.WatchedUpTo));
    }

    [Fact]
    public void An_ended_session_earns_nothing()
    {
        var session = Session();
        session.EndedTime = Start.AddSeconds(5);
        var outcome = Judge(session, Beat(30), 30);
        Assert.Equal(HeartbeatVerdict.OverlappingSession, outcome.Verdict);
        Assert.True(outcome.IsForged);
    }

    [Fact]
    public void Credit_never_exceeds_the_wall_clock_time_of_the_session()
    {
        var session = Session();
        var progress = new LessonProgress();
        var server = 0d;
        var random = new Random(7);
        for (var i = 0; i < 200; i++)
        {
            server += random.NextDouble() * 50;
            var beat = new Heartbeat(Start.AddSeconds(server), true, true, false, 0);
            StudyClock.Apply(session, progress, beat, StudyClock.Judge(session, beat, Start.AddSeconds(server), LessonKind.RichText), Start.AddSeconds(server));
        }
        Assert.InRange(progress.StudiedSeconds, 1, (int)server);
    }
}
