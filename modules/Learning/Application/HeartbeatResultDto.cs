using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Application;

/// <summary>What a heartbeat earned, and the learner's progress on the lesson after it.</summary>
public sealed record HeartbeatResultDto(HeartbeatVerdict Verdict, int CreditedSeconds, int StudiedSeconds, bool Completed,
    decimal? CreditHoursEarned);
