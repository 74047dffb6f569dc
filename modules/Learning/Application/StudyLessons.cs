using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Learning;

namespace SafetyPortal.Learning.Application;

/// <summary>
/// Studying a lesson: a session per opened player, heartbeats judged by <see cref="StudyClock"/>, completion by
/// <see cref="CompletionRule"/>, which writes the lesson's credit hours to the ledger once.
/// </summary>
public sealed partial class StudyLessons(PortalDbContext db, CourseScope scope, SignedInUser user, ICreditHourLedger ledger, LearningClock clock,
    IStringLocalizer<LearningResource> text, ILogger<StudyLessons> logger)
{
    /// <summary>Opens a session; any other open session of the user ends (one player earns at a time).</summary>
    public async Task<StudySessionDto> StartAsync(Guid lessonId, CancellationToken cancellationToken)
    {
        var (lesson, _) = await scope.FindStudyableLessonAsync(lessonId, cancellationToken);
        var userId = user.Id;
        var now = clock.UtcNow;
        var open = await db.Set<StudySession>().Where(s => s.UserId == userId && s.EndedTime == null).ToListAsync(cancellationToken);
        foreach (var other in open)
        {
            other.EndedTime = now;
        }
        var session = new StudySession { TenantId = user.TenantId, UserId = userId, LessonId = lesson.Id, StartedTime = now, LastBeatTime = now };
        var progress = await db.Set<LessonProgress>().AsNoTracking().FirstOrDefaultAsync(p => p.UserId == userId && p.LessonId == lessonId, cancellationToken);
        session.LastPosition = progress?.LastPosition ?? 0;
        db.Add(session);
        await db.SaveChangesAsync(cancellationToken);
        return new StudySessionDto(session.Id, session.LastPosition, progress?.StudiedSeconds ?? 0, progress?.IsCompleted ?? false,
            (int)StudyClock.Interval.TotalSeconds);
    }

    public async Task<HeartbeatResultDto> BeatAsync(Guid lessonId, HeartbeatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var userId = user.Id;
        var session = await db.Set<StudySession>().FirstOrDefaultAsync(s => s.Id == request.SessionId && s.UserId == userId && s.LessonId == lessonId,
            cancellationToken) ?? throw new EntityNotFoundException(typeof(StudySession), request.SessionId);
        if (request.ClientTime is null || !double.IsFinite(request.Position) || request.Position < 0)
        {
            throw ValidationException.For(request.ClientTime is null ? nameof(request.ClientTime) : nameof(request.Position), text["HeartbeatInvalid"]);
        }
        var lesson = await scope.BureauOrMine<Lesson>().AsNoTracking().FirstAsync(l => l.Id == lessonId, cancellationToken);
        var progress = await db.Set<LessonProgress>().FirstOrDefaultAsync(p => p.UserId == userId && p.LessonId == lessonId, cancellationToken);
        if (progress is null)
        {
            progress = new LessonProgress { TenantId = user.TenantId, UserId = userId, LessonId = lessonId, CourseId = lesson.CourseId };
            db.Add(progress);
        }
        var now = clock.UtcNow;
        var beat = new Heartbeat(DateTime.SpecifyKind(request.ClientTime.Value, DateTimeKind.Utc).ToUniversalTime(), request.Visible, request.Active,
            request.Playing, request.Position);
        var outcome = StudyClock.Judge(session, beat, now, lesson.Kind);
        StudyClock.Apply(session, progress, beat, outcome, now);
        if (outcome.IsForged)
        {
            LogForged(userId, session.Id, lessonId, outcome.Verdict, beat.ClientTime, beat.Position);
        }
        if (request.End)
        {
            session.EndedTime ??= now;
        }
        decimal? earned = null;
        if (!progress.IsCompleted && CompletionRule.IsMet(lesson, progress))
        {
            progress.CompletedTime = now;
            if (lesson.CreditHours > 0 && await ledger.AddAsync(new CreditHourGrant(userId, lesson.CreditHours, CreditHourSource.Lesson, lesson.Id,
                    lesson.Title, lesson.CourseId), cancellationToken))
            {
                earned = lesson.CreditHours;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return new HeartbeatResultDto(outcome.Verdict, outcome.CreditedSeconds, progress.StudiedSeconds, progress.IsCompleted, earned);
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Forged heartbeat refused: user {UserId}, session {SessionId}, lesson {LessonId}: {Verdict} (client time {ClientTime:o}, position {Position})")]
    private partial void LogForged(Guid userId, Guid sessionId, Guid lessonId, HeartbeatVerdict verdict, DateTime clientTime, double position);
}
