using System.Collections.Concurrent;
using System.Globalization;

namespace SafetyPortal.Bench.Exams;

/// <summary>Latencies of one kind of request (milliseconds), and how many failed.</summary>
internal sealed class Latencies(string name)
{
    private readonly ConcurrentBag<double> _times = [];
    private int _failures;

    public int Count => _times.Count;
    public int Failures => _failures;

    public void Add(double milliseconds) => _times.Add(milliseconds);

    public void Fail() => Interlocked.Increment(ref _failures);

    public double Percentile(double share)
    {
        var sorted = _times.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)(sorted.Count * share))];
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{name}: {Count:N0} ok, {Failures:N0} failed or retried; median {Percentile(0.5):F1} ms, p95 {Percentile(0.95):F1} ms, " +
        $"p99 {Percentile(0.99):F1} ms, max {Percentile(1):F1} ms");
}
