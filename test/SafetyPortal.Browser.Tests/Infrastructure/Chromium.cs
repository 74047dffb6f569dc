using Microsoft.Playwright;

namespace SafetyPortal.Browser.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium, never a browser Playwright downloads: the CI network reaches only apt, NuGet and npm,
/// so build.sh installs /usr/bin/chromium and these tests use it (or SAFETYPORTAL_CHROMIUM).
/// </summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    public static string ExecutablePath => Environment.GetEnvironmentVariable("SAFETYPORTAL_CHROMIUM") ?? DefaultPath;

    /// <summary>A missing browser fails the run (not a skip), so a CI box without it cannot pass silently.</summary>
    public static void EnsureInstalled()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {ExecutablePath}. Install it (apt-get install chromium fonts-noto-cjk, as ./build.sh test does) " +
                "or point SAFETYPORTAL_CHROMIUM at a Chromium binary. Do not run 'playwright install'.");
        }
    }

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // No sandbox: CI runs as root in a container. The rest keeps Chromium off the network and quiet.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-quic"],
            Timeout = 120_000,
        });
}
