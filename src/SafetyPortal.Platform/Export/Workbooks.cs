using MiniExcelLibs;

namespace SafetyPortal.Platform.Export;

/// <summary>One-sheet .xlsx workbooks (MiniExcel) whose first row is the given headers; rows are keyed by header.</summary>
public static class Workbooks
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>
    /// Writes the workbook to <paramref name="output"/> (an HTTP response: exports). MiniExcel pulls the rows as it
    /// writes into a temporary file, which is then copied asynchronously: its zip writer finishes with synchronous
    /// writes, which Kestrel refuses, and a file keeps a large export out of memory.
    /// </summary>
    public static async Task WriteAsync(Stream output, IEnumerable<IDictionary<string, object?>> rows, IReadOnlyList<string> headers, CancellationToken cancellationToken)
    {
        await using var buffer = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920,
            FileOptions.Asynchronous | FileOptions.DeleteOnClose);
        await SaveAsync(buffer, rows, headers, cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    /// <summary>The workbook in memory, positioned at its start (small files: templates, reports).</summary>
    public static async Task<MemoryStream> WriteAsync(IEnumerable<IDictionary<string, object?>> rows, IReadOnlyList<string> headers, CancellationToken cancellationToken)
    {
        var content = new MemoryStream();
        await SaveAsync(content, rows, headers, cancellationToken);
        content.Position = 0;
        return content;
    }

    private static Task<int[]> SaveAsync(Stream stream, IEnumerable<IDictionary<string, object?>> rows, IReadOnlyList<string> headers, CancellationToken cancellationToken)
    {
        var header = headers.ToDictionary(h => h, h => (object?)h);
        // The header goes in as the first row, so a workbook with no data rows still has its columns.
        return stream.SaveAsAsync(rows.Prepend(header), printHeader: false, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
    }
}
