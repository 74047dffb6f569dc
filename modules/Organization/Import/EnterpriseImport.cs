using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using SafetyPortal.Organization.Application;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Organization.Import;

/// <summary>
/// Imports the town's enterprises: a known credit code updates that enterprise, a new one registers it.
/// The whole file is checked first; accepted rows are written in batches, one transaction each.
/// </summary>
public sealed class EnterpriseImport(
    PortalDbContext db,
    IServiceScopeFactory scopes,
    IStringLocalizer<OrganizationResource> text,
    ILogger<EnterpriseImport> logger)
{
    public async Task<ImportReport> RunAsync(Stream content, ImportFileFormat format, IImportProgress progress, CancellationToken cancellationToken = default)
    {
        var report = new ImportReport();
        using var rows = SheetReader.ReadRows(content, format, text).GetEnumerator();
        var map = HeaderMap.Read(rows.MoveNext() ? rows.Current : null, ImportColumns.Enterprise, [], text);
        var check = new EnterpriseRowCheck(map, await LoadRegisteredAsync(cancellationToken), text, report);
        var accepted = await RowValidation.CollectAsync(rows, check.Check, report, progress, cancellationToken);
        var done = report.Rejected;
        await progress.WritingAsync(report.TotalRows, done, cancellationToken);
        foreach (var batch in accepted.Chunk(ImportBatches.Size))
        {
            await WriteBatchAsync(batch, report, cancellationToken);
            done += batch.Length;
            await progress.WritingAsync(report.TotalRows, done, cancellationToken);
        }
        return report;
    }

    private async Task<Dictionary<string, (Guid Id, SaveEnterpriseRequest Current)>> LoadRegisteredAsync(CancellationToken cancellationToken)
    {
        var registered = await (from p in db.Set<EnterpriseProfile>().AsNoTracking()
                                join u in db.Set<OrganizationUnit>() on p.Id equals u.Id
                                select new { p, u.DisplayName }).ToListAsync(cancellationToken);
        return registered.ToDictionary(x => x.p.CreditCode, x => (x.p.Id, new SaveEnterpriseRequest(x.DisplayName, x.p.CreditCode, x.p.Type,
            x.p.IndustryCode, x.p.Scale, x.p.Address, x.p.Longitude, x.p.Latitude, x.p.PrincipalName, x.p.PrincipalPhone,
            x.p.SafetyManagerName, x.p.SafetyManagerPhone, x.p.KeySites, x.p.RegulatoryGrade)), StringComparer.Ordinal);
    }

    private async Task WriteBatchAsync(EnterpriseRow[] batch, ImportReport report, CancellationToken cancellationToken)
    {
        try
        {
            await using var outer = scopes.CreateAsyncScope();
            var strategy = outer.ServiceProvider.GetRequiredService<PortalDbContext>().Database.CreateExecutionStrategy();
            var (created, updated) = await strategy.ExecuteAsync(() => SqliteBusy.RetryAsync(() => WriteOnceAsync(batch, cancellationToken), cancellationToken));
            report.Created += created;
            report.Updated += updated;
        }
        catch (Exception ex) when (ex is DbException or DbUpdateException or RetryLimitExceededException)
        {
            logger.LogWarning(ex, "Enterprise import batch of rows {First}-{Last} failed and was rolled back", batch[0].RowNumber, batch[^1].RowNumber);
            var reason = text["ImportBatchFailed", batch[0].RowNumber, batch[^1].RowNumber, ex.GetBaseException().Message];
            foreach (var row in batch)
            {
                report.Reject(row.RowNumber, text["ImportColumnNone"], reason);
            }
        }
    }

    private async Task<(int Created, int Updated)> WriteOnceAsync(EnterpriseRow[] batch, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var batchDb = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await using var transaction = await batchDb.Database.BeginTransactionAsync(cancellationToken);
        var ids = batch.Where(r => r.ExistingId is not null).Select(r => r.ExistingId!.Value).ToList();
        var units = await batchDb.Set<OrganizationUnit>().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        var profiles = await batchDb.Set<EnterpriseProfile>().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var lastCode = await batchDb.Set<OrganizationUnit>().Where(u => u.ParentId == null)
            .OrderByDescending(u => u.Code).Select(u => u.Code).FirstOrDefaultAsync(cancellationToken);
        var created = 0;
        foreach (var row in batch)
        {
            if (row.ExistingId is { } id)
            {
                ManageEnterprises.Apply(units[id], profiles[id], row.Request);
                continue;
            }
            lastCode = lastCode is null ? OrganizationUnitCode.Create(1) : OrganizationUnitCode.Next(lastCode);
            var unit = new OrganizationUnit { Id = Guid.CreateVersion7(), Code = lastCode, Kind = OrganizationUnitKind.Enterprise };
            var profile = new EnterpriseProfile { Id = unit.Id };
            ManageEnterprises.Apply(unit, profile, row.Request);
            batchDb.AddRange(unit, profile);
            created++;
        }
        await batchDb.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (created, batch.Length - created);
    }
}
