using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Export;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Organization.Import;

/// <summary>
/// Imports as the town admin sees them: upload a file (checked at once for type and columns, then
/// queued), follow its progress, read and download its report.
/// </summary>
public sealed class ManageImports(
    PortalDbContext db,
    ImportFileStore files,
    IImportRunner runner,
    ICurrentTenant currentTenant,
    IHttpContextAccessor http,
    IStringLocalizer<OrganizationResource> text)
{
    /// <summary>50 MB: a 200,000-row staff workbook is about 10 MB.</summary>
    public const long MaxFileBytes = 50L * 1024 * 1024;
    public const string FileField = "file";

    public async Task<ImportJobDto> StartAsync(ImportKind kind, IFormFile? file, CancellationToken cancellationToken = default)
    {
        if (!Enum.IsDefined(kind))
        {
            throw Invalid("kind", text["ValueUnknown"]);
        }
        if (file is null)
        {
            throw Invalid(FileField, text["ImportFileMissing"]);
        }
        if (file.Length > MaxFileBytes)
        {
            throw Invalid(FileField, text["ImportFileTooLarge", MaxFileBytes / 1024 / 1024]);
        }
        var fileName = Path.GetFileName(file.FileName);
        string stored;
        ImportFileFormat format;
        await using (var upload = file.OpenReadStream())
        {
            format = Checked(() => SheetReader.DetectFormat(fileName, upload, text));
            stored = await files.SaveAsync(upload, format, cancellationToken);
        }
        try
        {
            await using var content = files.Open(stored);
            Checked(() => HeaderMap.Read(SheetReader.ReadRows(content, format, text).FirstOrDefault(),
                kind == ImportKind.Enterprises ? ImportColumns.Enterprise : ImportColumns.Staff,
                kind == ImportKind.Enterprises ? [] : ImportColumns.StaffAlternatives, text));
        }
        catch
        {
            files.Delete(stored);
            throw;
        }
        var job = new ImportJob
        {
            Kind = kind,
            FileName = fileName.Length > ImportJob.MaxFileNameLength ? fileName[^ImportJob.MaxFileNameLength..] : fileName,
            StoredFileName = stored,
            Culture = CultureInfo.CurrentUICulture.Name,
            CreatorId = Guid.TryParse(http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) ? userId : null,
        };
        db.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        await runner.EnqueueAsync(new ImportJobTicket(job.Id, currentTenant.Id), cancellationToken);
        return ToDto(job);
    }

    public async Task<ImportJobDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        ToDto(await FindAsync(id, cancellationToken));

    public Task<PagedResult<ImportJobSummaryDto>> ListAsync(PageRequest page, CancellationToken cancellationToken = default) =>
        db.Set<ImportJob>().AsNoTracking().OrderByDescending(j => j.CreationTime)
            .Select(j => new ImportJobSummaryDto(j.Id, j.Kind, j.FileName, j.Status, j.TotalRows, j.CreatedCount, j.UpdatedCount,
                j.RejectedCount, j.CreationTime, j.FinishedTime))
            .ToPagedResultAsync(page, cancellationToken);

    /// <summary>The report as a workbook: one line per reason, row number, column, reason.</summary>
    public async Task<(MemoryStream Content, string FileName)> ReportWorkbookAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var job = await FindAsync(id, cancellationToken);
        var report = ImportReportDocument.Parse(job.ReportJson);
        var rows = report.Errors.Select(e => new Dictionary<string, object?>
        {
            [text["ReportRow"]] = e.Row,
            [text["ReportColumn"]] = e.Column,
            [text["ReportReason"]] = e.Reason,
        });
        if (report.FileError is not null)
        {
            rows = rows.Prepend(new Dictionary<string, object?> { [text["ReportRow"]] = null, [text["ReportColumn"]] = null, [text["ReportReason"]] = report.FileError });
        }
        var content = await Workbooks.WriteAsync(rows, [text["ReportRow"], text["ReportColumn"], text["ReportReason"]], cancellationToken);
        return (content, $"{Path.GetFileNameWithoutExtension(job.FileName)}-{text["ReportFileSuffix"]}.xlsx");
    }

    /// <summary>An empty workbook with the kind's header row, in the user's language (both languages are accepted back).</summary>
    public Task<MemoryStream> TemplateAsync(ImportKind kind, CancellationToken cancellationToken = default) =>
        Workbooks.WriteAsync([], ImportColumns.Template(kind).Select(c => text[c.LabelKey].Value).ToList(), cancellationToken);

    private async Task<ImportJob> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<ImportJob>().AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(typeof(ImportJob), id);

    private static T Checked<T>(Func<T> check)
    {
        try
        {
            return check();
        }
        catch (ImportFileException ex)
        {
            throw Invalid(FileField, ex.Message);
        }
    }

    private static ValidationException Invalid(string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return new ValidationException(errors);
    }

    internal static ImportJobDto ToDto(ImportJob job)
    {
        var report = ImportReportDocument.Parse(job.ReportJson);
        var percent = job.Status switch
        {
            ImportJobStatus.Completed or ImportJobStatus.Failed => 100,
            ImportJobStatus.Writing when job.TotalRows > 0 => (int)Math.Min(99, 100L * job.ProcessedRows / job.TotalRows),
            _ => 0,
        };
        return new ImportJobDto(job.Id, job.Kind, job.FileName, job.Status, job.TotalRows, job.ProcessedRows, percent,
            job.CreatedCount + job.UpdatedCount, job.CreatedCount, job.UpdatedCount, job.RejectedCount, report.FileError, report.Errors,
            job.CreationTime, job.FinishedTime);
    }
}
