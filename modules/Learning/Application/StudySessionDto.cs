namespace SafetyPortal.Learning.Application;

/// <summary>A started session: its id for the heartbeats, where to resume, and the learner's progress so far.</summary>
public sealed record StudySessionDto(Guid SessionId, double Position, int StudiedSeconds, bool Completed, int HeartbeatSeconds);
