namespace SafetyPortal.Learning.Plans;

/// <summary>What one evaluation of a plan's audience changed in the current town (or, from the bureau, how many towns were queued).</summary>
public sealed record EnrolmentResult(int Enrolled, int Updated, int Removed, int Deactivated, int TownsQueued = 0);
