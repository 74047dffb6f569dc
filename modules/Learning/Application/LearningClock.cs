namespace SafetyPortal.Learning.Application;

/// <summary>The clock heartbeats are judged by. Tests move a subclass forward instead of waiting half a minute per beat.</summary>
public class LearningClock(TimeProvider time)
{
    public virtual DateTime UtcNow => time.GetUtcNow().UtcDateTime;
}
