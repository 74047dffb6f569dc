namespace SafetyPortal.Platform.Hosting;

/// <summary>The portal cannot start; Setting names the configuration key to fix.</summary>
public sealed class PortalStartupException(string setting, string problem, Exception? inner = null)
    : Exception($"{setting}: {problem}", inner)
{
    public string Setting { get; } = setting;
    public string Problem { get; } = problem;
}
