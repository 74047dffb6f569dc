using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Organization.Import;

/// <summary>Runs one queued job in the current town: the import of its kind, then the report and counts on the job row.</summary>
public sealed class RunImportJob(
    PortalDbContext db,
    IServiceProvider services,
    ImportFileStore files,
    IStringLocalizer<OrganizationResource> text,
    ILogger<RunImportJob> logger)
{
    public async Task ExecuteAsync(Guid jobId, CancellationToken cancellationToken)
    {
        var job = await db.Set<ImportJob>().FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken);
        if (job is null || job.Status != ImportJobStatus.Queued || job.StoredFileName is null)
        {
            return;
        }
        var savedCulture = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(job.Culture.Length > 0 ? job.Culture : "zh-CN");
        try
        {
            job.Status = ImportJobStatus.Validating;
            await SqliteBusy.RetryAsync(() => db.SaveChangesAsync(cancellationToken), cancellationToken);
            var report = await ImportAsync(job, cancellationToken);
            job.Status = report.FileError is null ? ImportJobStatus.Completed : ImportJobStatus.Failed;
            job.TotalRows = report.TotalRows;
            job.ProcessedRows = report.TotalRows;
            job.CreatedCount = report.Created;
            job.UpdatedCount = report.Updated;
            job.RejectedCount = report.Rejected;
            job.ReportJson = new ImportReportDocument(report.FileError, report.SortedErrors()).Serialize();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Import job {JobId} ({Kind}, {FileName}) stopped", job.Id, job.Kind, job.FileName);
            job.Status = ImportJobStatus.Failed;
            job.ReportJson = new ImportReportDocument(text["ImportStoppedUnexpectedly"], []).Serialize();
        }
        finally
        {
            CultureInfo.CurrentUICulture = savedCulture;
        }
        files.Delete(job.StoredFileName);
        job.StoredFileName = null;
        job.FinishedTime = DateTime.UtcNow;
        // Progress was written around the tracker, so every column is written again with the final figures.
        db.Entry(job).State = EntityState.Modified;
        await SqliteBusy.RetryAsync(() => db.SaveChangesAsync(CancellationToken.None), CancellationToken.None);
    }

    private async Task<ImportReport> ImportAsync(ImportJob job, CancellationToken cancellationToken)
    {
        var format = Path.GetExtension(job.StoredFileName) == ".csv" ? ImportFileFormat.Csv : ImportFileFormat.Xlsx;
        var progress = new ImportJobProgress(db, job.Id);
        await using var content = files.Open(job.StoredFileName!);
        try
        {
            return job.Kind == ImportKind.Enterprises
                ? await services.GetRequiredService<EnterpriseImport>().RunAsync(content, format, progress, cancellationToken)
                : await services.GetRequiredService<StaffImport>().RunAsync(content, format, progress, cancellationToken);
        }
        catch (ImportFileException ex)
        {
            return new ImportReport { FileError = ex.Message };
        }
    }
}
