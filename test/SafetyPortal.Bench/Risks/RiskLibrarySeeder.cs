using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Bench.City;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Bench.Risks;

/// <summary>Writes the generated catalogue (host side) and every town's risk points with one measure each. Not timed.</summary>
internal static class RiskLibrarySeeder
{
    private const int Batch = 4_000;

    public static async Task<List<Guid>> SeedCatalogueAsync(IServiceProvider services, CityRisks risks)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var industries = Enumerable.Range(0, CityRisks.Industries)
            .Select(i => new RiskIndustry { Id = Guid.CreateVersion7(), Code = CityRisks.IndustryCode(i), Name = CityRisks.IndustryCode(i), SortOrder = i })
            .ToList();
        db.AddRange(industries);
        var ids = new List<Guid>();
        for (var i = 0; i < risks.CategoryCount; i++)
        {
            var category = new RiskCategory { Id = Guid.CreateVersion7(), IndustryId = industries[i % industries.Count].Id, Code = CityRisks.CategoryCode(i) };
            var sites = (KeySites)(1 << (i % 7)) & (KeySites)63;
            db.Add(category);
            db.Add(category.Publish(new RiskCategoryContent(CityRisks.CategoryName(i), ChineseText.RiskKinds[i % ChineseText.RiskKinds.Length],
                [ChineseText.Measure], [ChineseText.Measure], sites), DateTime.UtcNow));
            ids.Add(category.Id);
        }
        await db.SaveChangesAsync();
        return ids;
    }

    /// <summary>The points of one town; returns the id of its first enterprise (the one with 200 points).</summary>
    public static async Task<Guid> SeedPointsAsync(IServiceProvider services, CityGenerator city, CityRisks risks, GeneratedTown town,
        Guid townId, List<Guid> categories)
    {
        Dictionary<string, Guid> enterprises;
        await using (var scope = services.CreateAsyncScope())
        {
            using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(townId);
            enterprises = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<EnterpriseProfile>()
                .ToDictionaryAsync(p => p.CreditCode, p => p.Id);
        }
        var points = city.EnterprisesOf(town).SelectMany(e => risks.PointsOf(e).Select(p => (Enterprise: enterprises[e.CreditCode], Point: p)));
        foreach (var chunk in points.Chunk(Batch))
        {
            await using var scope = services.CreateAsyncScope();
            using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(townId);
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var (enterprise, p) in chunk)
            {
                var point = new RiskPoint
                {
                    Id = Guid.CreateVersion7(), EnterpriseId = enterprise, CategoryId = categories[p.Category], CategoryVersion = 1,
                    Name = CityRisks.CategoryName(p.Category), Location = p.Location, ResponsiblePerson = ChineseText.Surnames[p.Index % 20].ToString(),
                    Verification = p.Index % 5 == 0 ? VerificationStatus.Pending : VerificationStatus.Verified,
                };
                point.Assess(new RiskAssessment(AssessmentMethod.LS, p.Likelihood, null, p.Severity));
                point.Measures.Add(new RiskControlMeasure { RiskPointId = point.Id, Description = ChineseText.Measure, Frequency = MeasureFrequency.Monthly, ResponsibleRole = ChineseText.Positions[5] });
                db.Add(point);
            }
            await db.SaveChangesAsync();
        }
        return enterprises[CityGenerator.CreditCode(town.FirstEnterprise)];
    }
}
