using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Platform.BackgroundJobs;

/// <summary>One run of a background job: when, for which town, on which node, and how it ended.</summary>
public class BackgroundJobRun : Entity, IMultiTenant
{
    public const int MaxKeyLength = 200;
    public const int MaxErrorLength = 2000;

    /// <summary>The town the job ran for; null for the bureau.</summary>
    public Guid? TenantId { get; set; }
    public string JobGroup { get; set; } = "";
    public string JobName { get; set; } = "";

    /// <summary>UTC.</summary>
    public DateTime StartedAt { get; set; }

    /// <summary>UTC.</summary>
    public DateTime FinishedAt { get; set; }
    public bool Succeeded { get; set; }

    /// <summary>1 for the first try, 2 for the first retry, and so on.</summary>
    public int Attempt { get; set; } = 1;

    /// <summary>The run failed and another attempt is already scheduled.</summary>
    public bool RetryScheduled { get; set; }
    public string? Error { get; set; }

    /// <summary>The scheduler instance (node) that ran it.</summary>
    public string Node { get; set; } = "";
}
