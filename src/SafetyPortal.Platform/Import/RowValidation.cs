namespace SafetyPortal.Platform.Import;

/// <summary>The first pass of every import: check each non-blank row, count it, report progress; keep the accepted rows.</summary>
public static class RowValidation
{
    public static async Task<List<TRow>> CollectAsync<TRow>(
        IEnumerator<SheetRow> rows, Func<SheetRow, TRow?> check, ImportReport report, IImportProgress progress, CancellationToken cancellationToken)
        where TRow : class
    {
        var accepted = new List<TRow>();
        while (rows.MoveNext())
        {
            if (rows.Current.IsBlank)
            {
                continue;
            }
            if (check(rows.Current) is { } row)
            {
                accepted.Add(row);
            }
            if (++report.TotalRows % ImportBatches.ProgressInterval == 0)
            {
                await progress.ValidatingAsync(report.TotalRows, cancellationToken);
            }
        }
        return accepted;
    }
}
