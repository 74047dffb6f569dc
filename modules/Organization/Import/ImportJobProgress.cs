using Microsoft.EntityFrameworkCore;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Organization.Import;

/// <summary>Writes a running job's progress to its row, where the page's progress bar reads it.</summary>
internal sealed class ImportJobProgress(PortalDbContext db, Guid jobId) : IImportProgress
{
    public Task ValidatingAsync(int rowsRead, CancellationToken cancellationToken) =>
        SqliteBusy.RetryAsync(() => db.Set<ImportJob>().Where(j => j.Id == jobId)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.ProcessedRows, rowsRead), cancellationToken), cancellationToken);

    public Task WritingAsync(int totalRows, int rowsDone, CancellationToken cancellationToken) =>
        SqliteBusy.RetryAsync(() => db.Set<ImportJob>().Where(j => j.Id == jobId).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Status, ImportJobStatus.Writing)
            .SetProperty(j => j.TotalRows, totalRows)
            .SetProperty(j => j.ProcessedRows, rowsDone), cancellationToken), cancellationToken);
}
