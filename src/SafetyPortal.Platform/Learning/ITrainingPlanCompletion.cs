namespace SafetyPortal.Platform.Learning;

/// <summary>
/// Who has completed a training plan (培训计划), for other modules that gate on it (an exam open only after its plan);
/// implemented by the Learning module. Plans are those the current user sees in the current town: the bureau's, the town's
/// and (for enterprise staff) their enterprise's.
/// </summary>
public interface ITrainingPlanCompletion
{
    /// <summary>Published or closed plans visible here, newest first, whose title contains <paramref name="search"/> (null: all).</summary>
    Task<IReadOnlyList<TrainingPlanSummary>> FindPlansAsync(string? search, int limit, CancellationToken cancellationToken = default);

    /// <summary>The plans among <paramref name="planIds"/> that are visible here (any status), by id; unknown ids are left out.</summary>
    Task<IReadOnlyDictionary<Guid, TrainingPlanSummary>> GetPlansAsync(IReadOnlyCollection<Guid> planIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// Whether the user has completed the plan in the current town. The user's progress is brought up to date from the
    /// credit-hour ledger first (so hours earned a minute ago count), which may save that enrolment.
    /// </summary>
    Task<bool> HasCompletedAsync(Guid planId, Guid userId, CancellationToken cancellationToken = default);

    /// <summary>Which of <paramref name="userIds"/> have completed the plan in the current town, as last recorded (no refresh).</summary>
    Task<IReadOnlySet<Guid>> CompletedAmongAsync(Guid planId, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default);
}
