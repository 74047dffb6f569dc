namespace SafetyPortal.Bench.Exams;

/// <summary>The latencies of a load run by kind of request.</summary>
internal sealed class LoadMeter
{
    public Latencies Start { get; } = new("start");
    public Latencies Answer { get; } = new("answer-save");
    public Latencies Submit { get; } = new("submit-and-grade");
}
