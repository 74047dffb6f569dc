using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Learning.Domain;

/// <summary>One user's study of one lesson: credited study time, where the video stopped, and when it was completed.</summary>
public class LessonProgress : Entity, IMultiTenant, IHasConcurrencyStamp
{
    /// <summary>The learner's town (a bureau course studied in a town is that town's record).</summary>
    public Guid? TenantId { get; set; }
    public Guid UserId { get; set; }
    public Guid LessonId { get; set; }
    public Guid CourseId { get; set; }

    /// <summary>Seconds credited by accepted heartbeats.</summary>
    public int StudiedSeconds { get; set; }

    /// <summary>Where the video was at the last accepted heartbeat: the player resumes there.</summary>
    public double LastPosition { get; set; }

    /// <summary>The furthest video position reached by playing (not by jumping ahead).</summary>
    public double WatchedUpTo { get; set; }

    public DateTime? LastStudyTime { get; set; }

    /// <summary>Set once, when the completion rule is first met; the lesson's credit hours are then in the ledger.</summary>
    public DateTime? CompletedTime { get; set; }

    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");

    public bool IsCompleted => CompletedTime is not null;
}
