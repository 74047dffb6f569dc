namespace SafetyPortal.Workflows.Engine.Execution;

/// <summary>Which stored waits a token has, so that clearing it touches only the tables that hold some.</summary>
[Flags]
public enum WaitKinds
{
    None = 0,
    Task = 1,
    Job = 2,
    Subscription = 4,
    ChildInstance = 8,
}
