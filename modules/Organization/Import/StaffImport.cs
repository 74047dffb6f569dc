using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Organization.Import;

/// <summary>
/// Imports the staff roster of the current town: reads and checks the whole file first (streaming),
/// then writes the accepted rows in batches, each batch in its own transaction.
/// </summary>
public sealed class StaffImport(
    PortalDbContext db,
    IServiceScopeFactory scopes,
    ICurrentTenant currentTenant,
    IStringLocalizer<OrganizationResource> text,
    ILogger<StaffImport> logger)
{
    public async Task<ImportReport> RunAsync(Stream content, ImportFileFormat format, IImportProgress progress, CancellationToken cancellationToken = default)
    {
        var report = new ImportReport();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        using var rows = SheetReader.ReadRows(content, format, text).GetEnumerator();
        var map = HeaderMap.Read(rows.MoveNext() ? rows.Current : null, ImportColumns.Staff, ImportColumns.StaffAlternatives, text);
        var directory = await StaffDirectory.LoadAsync(db, cancellationToken);
        var check = new StaffRowCheck(map, directory, text, report, DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8)));
        var accepted = await RowValidation.CollectAsync(rows, check.Check, report, progress, cancellationToken);
        var checkedIn = watch.Elapsed;
        await progress.WritingAsync(report.TotalRows, report.Rejected, cancellationToken);
        await WriteAsync(accepted, directory, report, progress, cancellationToken);
        logger.LogInformation("Staff import: {Rows} rows read and checked in {Checked:F1} s, {Accepted} written in {Written:F1} s",
            report.TotalRows, checkedIn.TotalSeconds, accepted.Count, (watch.Elapsed - checkedIn).TotalSeconds);
        return report;
    }

    private async Task WriteAsync(List<StaffRow> accepted, StaffDirectory directory, ImportReport report, IImportProgress progress, CancellationToken cancellationToken)
    {
        var writer = new StaffBatchWriter(scopes, currentTenant, directory.RoleIds.Values);
        var rejectedBefore = report.Rejected;
        for (var start = 0; start < accepted.Count; start += ImportBatches.Size)
        {
            var batch = accepted.GetRange(start, Math.Min(ImportBatches.Size, accepted.Count - start));
            try
            {
                var (created, updated) = await writer.WriteAsync(batch, cancellationToken);
                report.Created += created;
                report.Updated += updated;
            }
            catch (Exception ex) when (ex is DbException or DbUpdateException or RetryLimitExceededException)
            {
                logger.LogWarning(ex, "Staff import batch of rows {First}-{Last} failed and was rolled back", batch[0].RowNumber, batch[^1].RowNumber);
                var reason = text["ImportBatchFailed", batch[0].RowNumber, batch[^1].RowNumber, ex.GetBaseException().Message];
                foreach (var row in batch)
                {
                    report.Reject(row.RowNumber, text["ImportColumnNone"], reason);
                }
            }
            await progress.WritingAsync(report.TotalRows, rejectedBefore + start + batch.Count, cancellationToken);
        }
    }
}
