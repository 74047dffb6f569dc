namespace SafetyPortal.Platform.BackgroundJobs;

/// <summary>A schedule a module wants in place from the first start on; see BackgroundJobServiceCollectionExtensions.AddRecurringJob.</summary>
public sealed record RecurringJob(string ScheduleName, Func<IBackgroundJobManager, CancellationToken, Task> Schedule);
