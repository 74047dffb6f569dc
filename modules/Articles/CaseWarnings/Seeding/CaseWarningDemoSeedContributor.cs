using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Seeding;

namespace SafetyPortal.Articles.CaseWarnings.Seeding;

/// <summary>Demo only: a few published bureau case-warning articles (demo-case-warnings.json), each seeded once (by issue number).</summary>
internal sealed class CaseWarningDemoSeedContributor(PortalDbContext db, ICurrentTenant currentTenant, CaseWarningBodies bodies) : IDataSeedContributor
{
    private const string ResourceName = "SafetyPortal.Articles.demo-case-warnings.json";

    public int Order => 70;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IsDemo)
        {
            return;
        }
        using var host = currentTenant.Change(null);
        var existing = await db.Set<CaseWarning>().Where(a => a.TenantId == null && a.IssueNumber != null)
            .Select(a => a.IssueNumber!).ToListAsync(cancellationToken);
        foreach (var demo in (await ReadAsync(cancellationToken)).Where(d => !existing.Contains(d.IssueNumber)))
        {
            var article = new CaseWarning
            {
                Id = Guid.CreateVersion7(), IssueNumber = demo.IssueNumber, Title = demo.Title, Summary = demo.Summary, MarkdownBody = demo.Markdown,
                HtmlBody = bodies.ToHtml(demo.Markdown), ViolationType = demo.ViolationType, LegalBasis = demo.LegalBasis, Penalty = demo.Penalty,
                KeySites = Enum.Parse<KeySites>(demo.KeySites), Status = CaseWarningStatus.Published, PublishAt = demo.PublishAt,
            };
            article.Tags.AddRange(demo.RiskCategories.Select(c => new CaseWarningTag { Kind = CaseWarningTagKind.RiskCategory, Code = c }));
            article.Tags.AddRange(demo.Industries.Select(c => new CaseWarningTag { Kind = CaseWarningTagKind.Industry, Code = c }));
            db.Add(article);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task<List<DemoCaseWarning>> ReadAsync(CancellationToken cancellationToken)
    {
        await using var stream = typeof(CaseWarningDemoSeedContributor).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"{ResourceName} is not embedded.");
        return await JsonSerializer.DeserializeAsync<List<DemoCaseWarning>>(stream, JsonSerializerOptions.Web, cancellationToken)
            ?? throw new InvalidOperationException($"{ResourceName} is empty.");
    }
}
