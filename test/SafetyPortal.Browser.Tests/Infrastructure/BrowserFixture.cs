using Microsoft.Playwright;

namespace SafetyPortal.Browser.Tests.Infrastructure;

/// <summary>
/// One portal and one Chromium for the whole collection: starting either costs seconds on a 2-core CI box.
/// Each test gets its own browser context, so cookies (sign-in, language, town) never leak between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    // Generous: the CI machine has 2 cores and the first request to each page warms up Razor and EF.
    private const float ActionTimeout = 60_000;

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public PortalServer Server { get; } = new();

    public async Task InitializeAsync()
    {
        Chromium.EnsureInstalled();
        // Belt and braces: nothing below should download a browser, and this forbids it if something tries.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Assertions.SetDefaultExpectTimeout(ActionTimeout);
        Server.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await Chromium.LaunchAsync(_playwright);
    }

    /// <summary>A fresh context (no cookies) on the portal; desktop 1280x800 unless the options say otherwise.</summary>
    public async Task<IBrowserContext> NewContextAsync(BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } };
        options.BaseURL = Server.BaseAddress.ToString();
        var context = await _browser!.NewContextAsync(options);
        context.SetDefaultTimeout(ActionTimeout);
        context.SetDefaultNavigationTimeout(ActionTimeout);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await Server.DisposeAsync();
    }
}
