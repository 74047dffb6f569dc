using System.Globalization;
using SafetyPortal.Platform.BackgroundJobs;

namespace SafetyPortal.Http.Tests.BackgroundJobs.TestJobs;

/// <summary>Fails until the attempt named by its data ("succeedOnAttempt"); "never" fails every time.</summary>
public sealed class FlakyJob(IServiceProvider services) : PortalJob(services)
{
    protected override Task ExecuteInTenantAsync(PortalJobContext context, CancellationToken cancellationToken)
    {
        var succeedOn = context.Data["succeedOnAttempt"];
        if (succeedOn == "never" || context.Attempt < int.Parse(succeedOn, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"Flaky failure {context.Data["token"]} on attempt {context.Attempt}");
        }
        return Task.CompletedTask;
    }
}
