using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.BackgroundJobs;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Http.Tests.BackgroundJobs.TestJobs;

/// <summary>
/// Adds an enterprise named by its data ("name") without saying which town: the town it lands in is the
/// town the job ran inside, and the enterprise list of each town shows whether that was the right one.
/// </summary>
public sealed class TownProbeJob(IServiceProvider services) : PortalJob(services)
{
    protected override async Task ExecuteInTenantAsync(PortalJobContext context, CancellationToken cancellationToken)
    {
        var db = context.Services.GetRequiredService<PortalDbContext>();
        db.Add(new OrganizationUnit
        {
            Kind = OrganizationUnitKind.Enterprise,
            DisplayName = context.Data["name"],
            Code = $"probe.{Guid.NewGuid():N}",
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
