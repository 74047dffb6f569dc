namespace SafetyPortal.Workflows.Engine.Scripting;

/// <summary>How far one condition or script may go before it is stopped (configuration section Workflows:Scripts).</summary>
public sealed class ScriptLimits
{
    /// <summary>Statements per evaluation. Default 10,000.</summary>
    public int MaxStatements { get; set; } = 10_000;

    /// <summary>Wall-clock time per evaluation. Default 1 s.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Bytes allocated per evaluation. Default 4 MB.</summary>
    public long MaxMemoryBytes { get; set; } = 4_000_000;

    /// <summary>Call depth. Default 64.</summary>
    public int MaxRecursion { get; set; } = 64;
}
