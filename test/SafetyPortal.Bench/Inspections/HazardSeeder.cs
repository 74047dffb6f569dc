using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Bench.City;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Bench.Inspections;

/// <summary>
/// A year of hazards for one town, spread over its enterprises: three in four closed, the rest reported, in rectification
/// (some past their deadline) or awaiting verification; one in 33 Major. Deterministic, written through EF in chunks.
/// </summary>
internal static class HazardSeeder
{
    private const int Batch = 2_000;

    public static async Task SeedAsync(IServiceProvider services, Guid townId, int count, DateTime now)
    {
        List<Guid> enterprises;
        await using (var scope = services.CreateAsyncScope())
        {
            using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(townId);
            enterprises = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<EnterpriseProfile>().Select(p => p.Id).ToListAsync();
        }
        foreach (var chunk in Enumerable.Range(0, count).Chunk(Batch))
        {
            await using var scope = services.CreateAsyncScope();
            using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(townId);
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.AddRange(chunk.Select(i => Hazard(townId, enterprises[i % enterprises.Count], i, count, now)));
            await db.SaveChangesAsync();
        }
    }

    private static Hazard Hazard(Guid townId, Guid enterpriseId, int i, int count, DateTime now)
    {
        var reported = now.AddDays(-365.0 * (count - i) / count);
        var status = (i % 20) switch
        {
            0 => HazardStatus.Reported,
            1 or 2 or 3 => HazardStatus.Rectifying,
            4 => HazardStatus.Verifying,
            _ => HazardStatus.Closed,
        };
        return new Hazard
        {
            Id = Guid.CreateVersion7(), TenantId = townId, EnterpriseId = enterpriseId,
            Description = ChineseText.RiskKinds[i % ChineseText.RiskKinds.Length] + " " + i.ToString(CultureInfo.InvariantCulture),
            Location = ChineseText.Departments[i % ChineseText.Departments.Length],
            Level = i % 33 == 0 ? HazardLevel.Major : HazardLevel.General, Status = status,
            ReportedBy = Guid.Empty, ReporterName = ChineseText.Surnames[i % 20].ToString(), ReportedTime = reported,
            Deadline = status == HazardStatus.Reported ? null : status == HazardStatus.Rectifying ? now.AddDays(i % 14 - 4) : reported.AddDays(7),
            RectifiedTime = status is HazardStatus.Verifying or HazardStatus.Closed ? reported.AddDays(5) : null,
            ClosedTime = status == HazardStatus.Closed ? reported.AddDays(6) : null,
            InstanceId = Guid.CreateVersion7(),
        };
    }
}
