using Microsoft.EntityFrameworkCore;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Interop;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Seeding;

namespace SafetyPortal.Exams.Seeding;

/// <summary>
/// Demo only: the bureau's small question bank and a few questions of each demo town, imported from the embedded GIFT
/// files through the ordinary import, once (a side that has any question is left alone).
/// </summary>
internal sealed class ExamsDemoSeedContributor(PortalDbContext db, ICurrentTenant currentTenant, ITenantStore towns, ImportQuestions import)
    : IDataSeedContributor
{
    public int Order => 60;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IsDemo)
        {
            return;
        }
        using (currentTenant.Change(null))
        {
            await ImportOnceAsync("demo-bank.gift", cancellationToken);
        }
        foreach (var town in await towns.GetActiveAsync(cancellationToken))
        {
            using (currentTenant.Change(town.Id))
            {
                await ImportOnceAsync("demo-town.gift", cancellationToken);
            }
        }
    }

    private async Task ImportOnceAsync(string resource, CancellationToken cancellationToken)
    {
        if (await db.Set<Question>().AnyAsync(cancellationToken))
        {
            return;
        }
        await using var content = typeof(ExamsDemoSeedContributor).Assembly.GetManifestResourceStream($"SafetyPortal.Exams.{resource}")
            ?? throw new InvalidOperationException($"Embedded {resource} is missing.");
        await import.RunAsync(content, QuestionImportFormat.Gift, null, cancellationToken);
    }
}
