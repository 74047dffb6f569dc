namespace SafetyPortal.Platform.Inspections;

/// <summary>The inspections flagged as perfunctory, as the early warnings read them; implemented by the Inspections module.</summary>
public interface IPerfunctoryInspections
{
    /// <summary>The current town's flagged inspections submitted at or after the time (UTC), oldest first.</summary>
    Task<IReadOnlyList<PerfunctoryInspection>> GetSubmittedSinceAsync(DateTime sinceUtc, CancellationToken cancellationToken = default);
}
