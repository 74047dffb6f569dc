namespace SafetyPortal.Workflows.Engine.Model;

/// <summary>The event definition of an event node; None for plain start/end/throw events.</summary>
public enum EventKind
{
    None,
    Timer,
    Message,
    Error,
    Terminate,
}
