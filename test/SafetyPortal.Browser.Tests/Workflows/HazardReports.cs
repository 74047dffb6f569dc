using Microsoft.Playwright;

namespace SafetyPortal.Browser.Tests.Workflows;

internal static class HazardReports
{
    /// <summary>
    /// Starts the hazard process for a new report as the page's signed-in user (in production the hazard module does this
    /// through IWorkflowRuntime); returns its business key.
    /// </summary>
    public static async Task<string> StartAsync(IPage page, string description)
    {
        var businessKey = $"HZ-{Guid.NewGuid():N}"[..15];
        var started = await page.APIRequest.PostAsync("/api/workflows/instances", new()
        {
            DataObject = new
            {
                processKey = "hazard-rectification",
                businessKey,
                variables = new { description, enterpriseId = Guid.NewGuid().ToString(), hazardId = businessKey },
            },
        });
        Assert.True(started.Ok, await started.TextAsync());
        return businessKey;
    }
}
