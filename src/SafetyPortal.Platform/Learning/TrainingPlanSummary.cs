namespace SafetyPortal.Platform.Learning;

/// <summary>A training plan as other modules name it: id, title and whether it is the bureau's (for every town).</summary>
public sealed record TrainingPlanSummary(Guid Id, string Title, bool IsBureau, DateTime Deadline);
