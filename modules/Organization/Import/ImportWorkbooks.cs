using MiniExcelLibs;

namespace SafetyPortal.Organization.Import;

/// <summary>Small workbooks the import hands out: templates and reports, written with MiniExcel.</summary>
public static class ImportWorkbooks
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>A one-sheet workbook whose first row is the given headers; rows are keyed by header.</summary>
    public static async Task<MemoryStream> WriteAsync(IEnumerable<IDictionary<string, object?>> rows, IReadOnlyList<string> headers, CancellationToken cancellationToken)
    {
        var header = headers.ToDictionary(h => h, h => (object?)h);
        var content = new MemoryStream();
        // The header goes in as the first row, so a template with no data rows still has its columns.
        await content.SaveAsAsync(rows.Prepend(header), printHeader: false, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        content.Position = 0;
        return content;
    }
}
