namespace SafetyPortal.Workflows.Domain;

public enum JobKind
{
    /// <summary>A timer event of a running instance (intermediate or boundary).</summary>
    Timer,

    /// <summary>A service or send task's activity.</summary>
    Activity,

    /// <summary>A timer start event of a published definition (InstanceId empty).</summary>
    TimerStart,
}
