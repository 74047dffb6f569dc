namespace SafetyPortal.Exams.Practice;

/// <summary>Configuration section <c>Exams:MistakeBook</c>: the worker that records submitted attempts' mistakes.</summary>
public sealed class MistakeBookOptions
{
    public const string Section = "Exams:MistakeBook";

    /// <summary>Run the worker on this node (a reader of the book still records their own pending attempts).</summary>
    public bool WorkerEnabled { get; set; } = true;

    /// <summary>How long an idle worker waits before it looks for submitted attempts again.</summary>
    public int PollMilliseconds { get; set; } = 2_000;
}
