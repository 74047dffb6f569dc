namespace SafetyPortal.Workflows.Engine.Model;

public enum TimerKind
{
    Duration,
    Date,
    Cycle,
}
