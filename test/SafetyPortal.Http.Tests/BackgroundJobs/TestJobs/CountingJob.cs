using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.BackgroundJobs;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Http.Tests.BackgroundJobs.TestJobs;

/// <summary>
/// Writes one row (a bureau-level unit named by its "token") as each run starts, so runs can be counted in
/// the database; then holds the run for "holdMs" milliseconds when given, like a long job would.
/// </summary>
public sealed class CountingJob(IServiceProvider services) : PortalJob(services)
{
    protected override async Task ExecuteInTenantAsync(PortalJobContext context, CancellationToken cancellationToken)
    {
        var db = context.Services.GetRequiredService<PortalDbContext>();
        db.Add(new OrganizationUnit
        {
            Kind = OrganizationUnitKind.Enterprise,
            DisplayName = context.Data["token"],
            Code = $"count.{Guid.NewGuid():N}",
        });
        await db.SaveChangesAsync(cancellationToken);
        if (context.Data.TryGetValue("holdMs", out var hold))
        {
            await Task.Delay(int.Parse(hold, CultureInfo.InvariantCulture), cancellationToken);
        }
    }
}
