namespace SafetyPortal.Workflows.Engine.Execution;

/// <summary>The kinds of journal lines.</summary>
public static class JournalKinds
{
    public const string Started = "Started";
    public const string Entered = "Entered";
    public const string Completed = "Completed";
    public const string Waiting = "Waiting";
    public const string Taken = "Taken";
    public const string TimerFired = "TimerFired";
    public const string MessageReceived = "MessageReceived";
    public const string ErrorCaught = "ErrorCaught";
    public const string Cancelled = "Cancelled";
    public const string Incident = "Incident";
    public const string Retried = "Retried";
    public const string Ended = "Ended";
    public const string Terminated = "Terminated";
    public const string Claimed = "Claimed";
    public const string Unclaimed = "Unclaimed";
    public const string Delegated = "Delegated";
    public const string Migrated = "Migrated";
}
