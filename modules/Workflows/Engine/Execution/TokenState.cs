namespace SafetyPortal.Workflows.Engine.Execution;

public enum TokenState
{
    /// <summary>Moving; never persisted.</summary>
    Active,

    /// <summary>At a wait state: a user task, a job, a timer, a message, a called process.</summary>
    Waiting,

    /// <summary>Arrived at a joining gateway, waiting for its other branches.</summary>
    Joining,

    /// <summary>At a sub-process whose inner tokens carry its scope.</summary>
    ScopeHost,

    /// <summary>At a multi-instance activity whose instances run as inner tokens.</summary>
    MultiInstanceHost,

    /// <summary>Stopped by an incident; a retry runs its element again.</summary>
    Failed,
}
