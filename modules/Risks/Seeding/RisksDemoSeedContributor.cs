using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Seeding;
using SafetyPortal.Risks.Application;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Seeding;

/// <summary>
/// Demo only: the bureau's small catalogue, and in every demo town the demo principal's enterprise gets risk points
/// (one verified, the rest pending) so the register, the card and the overview are not empty after the first start.
/// </summary>
internal sealed class RisksDemoSeedContributor(PortalDbContext db, ICurrentTenant currentTenant, ITenantStore towns,
    IUserOrganizationUnitLookup memberships) : IDataSeedContributor
{
    public int Order => 50;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IsDemo)
        {
            return;
        }
        var demo = await ReadAsync(cancellationToken);
        Dictionary<string, RiskCategory> categories;
        using (currentTenant.Change(null))
        {
            categories = await SeedCatalogueAsync(demo, cancellationToken);
        }
        foreach (var town in await towns.GetActiveAsync(cancellationToken))
        {
            using (currentTenant.Change(town.Id))
            {
                await SeedPointsAsync(demo, categories, cancellationToken);
            }
        }
    }

    private async Task<Dictionary<string, RiskCategory>> SeedCatalogueAsync(DemoRisks demo, CancellationToken cancellationToken)
    {
        var industries = await db.Set<RiskIndustry>().ToDictionaryAsync(i => i.Code, cancellationToken);
        foreach (var (industry, i) in demo.Industries.Select((x, i) => (x, i)).Where(x => !industries.ContainsKey(x.x.Code)))
        {
            industries[industry.Code] = new RiskIndustry { Id = Guid.CreateVersion7(), Code = industry.Code, Name = industry.Name, SortOrder = i };
            db.Add(industries[industry.Code]);
        }
        var categories = await db.Set<RiskCategory>().ToDictionaryAsync(c => c.Code, cancellationToken);
        foreach (var c in demo.Categories.Where(c => !categories.ContainsKey(c.Code)))
        {
            var category = new RiskCategory { Id = Guid.CreateVersion7(), IndustryId = industries[c.Industry].Id, Code = c.Code };
            var sites = string.IsNullOrEmpty(c.KeySites) ? KeySites.None : Enum.Parse<KeySites>(c.KeySites);
            db.Add(category);
            db.Add(category.Publish(new RiskCategoryContent(c.Name, c.Hazards, c.Measures, c.CheckPoints, sites), DateTime.UtcNow));
            categories[c.Code] = category;
        }
        await db.SaveChangesAsync(cancellationToken);
        return categories;
    }

    private async Task SeedPointsAsync(DemoRisks demo, Dictionary<string, RiskCategory> categories, CancellationToken cancellationToken)
    {
        var principal = await db.Set<PortalUser>().Where(u => u.NormalizedUserName == "PRINCIPAL").Select(u => (Guid?)u.Id)
            .FirstOrDefaultAsync(cancellationToken);
        var enterpriseId = principal is null ? null
            : (await memberships.GetForUserAsync(principal.Value, cancellationToken)).Select(m => m.EnterpriseId).FirstOrDefault(e => e is not null);
        if (enterpriseId is not { } id || await db.Set<RiskPoint>().AnyAsync(p => p.EnterpriseId == id, cancellationToken))
        {
            return;
        }
        foreach (var (p, i) in demo.Points.Select((p, i) => (p, i)))
        {
            var request = new SaveRiskPointRequest(id, p.Category, p.Name, p.Location, p.Equipment, AssessmentMethod.LS, p.L, null, p.S,
                p.Person, null, [.. p.Measures.Select(m => new MeasureRequest(m[0], Enum.Parse<MeasureFrequency>(m[1]), m[2]))]);
            var point = new RiskPoint { Id = Guid.CreateVersion7(), EnterpriseId = id };
            ReportRiskPoints.Apply(point, categories[p.Category], request);
            point.Verification = i == 0 ? VerificationStatus.Verified : VerificationStatus.Pending;
            point.VerifiedTime = i == 0 ? DateTime.UtcNow : null;
            db.Add(point);
            db.Add(new RiskPointChange
            {
                RiskPointId = point.Id, Kind = RiskPointChangeKind.Reported, Level = point.Level, Verification = VerificationStatus.Pending,
                Summary = RiskPointHistory.Describe(null, RiskPointHistory.Snapshot(point, p.Category)),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<DemoRisks> ReadAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(RisksDemoSeedContributor).Assembly.GetManifestResourceStream("SafetyPortal.Risks.demo-risks.json")
            ?? throw new InvalidOperationException("demo-risks.json is not embedded.");
        return await JsonSerializer.DeserializeAsync<DemoRisks>(stream, JsonSerializerOptions.Web, cancellationToken)
            ?? throw new InvalidOperationException("demo-risks.json is empty.");
    }
}
