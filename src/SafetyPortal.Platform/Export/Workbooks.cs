using MiniExcelLibs;

namespace SafetyPortal.Platform.Export;

/// <summary>One-sheet .xlsx workbooks (MiniExcel) whose first row is the given headers; rows are keyed by header.</summary>
public static class Workbooks
{
    /// <summary>Streams the workbook to <paramref name="output"/> as MiniExcel pulls the rows (exports).</summary>
    public static Task WriteAsync(Stream output, IEnumerable<IDictionary<string, object?>> rows, IReadOnlyList<string> headers, CancellationToken cancellationToken)
    {
        var header = headers.ToDictionary(h => h, h => (object?)h);
        // The header goes in as the first row, so a workbook with no data rows still has its columns.
        return output.SaveAsAsync(rows.Prepend(header), printHeader: false, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
    }

    /// <summary>The workbook in memory, positioned at its start (small files: templates, reports).</summary>
    public static async Task<MemoryStream> WriteAsync(IEnumerable<IDictionary<string, object?>> rows, IReadOnlyList<string> headers, CancellationToken cancellationToken)
    {
        var content = new MemoryStream();
        await WriteAsync(content, rows, headers, cancellationToken);
        content.Position = 0;
        return content;
    }
}
