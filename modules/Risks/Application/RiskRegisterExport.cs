using System.Globalization;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;

namespace SafetyPortal.Risks.Application;

/// <summary>The filtered register as an .xlsx workbook, headers and values in the user's language.</summary>
public sealed class RiskRegisterExport(IStringLocalizer<RisksResource> text)
{
    public async Task WriteAsync(Stream output, IReadOnlyList<RiskPointDto> rows, CancellationToken cancellationToken = default)
    {
        var sheet = rows.Select(r => new Dictionary<string, object?>
        {
            [text["Column.Enterprise"]] = r.EnterpriseName,
            [text["Column.CategoryCode"]] = r.CategoryCode,
            [text["Column.Category"]] = r.CategoryName,
            [text["Column.Name"]] = r.Name,
            [text["Column.Location"]] = r.Location,
            [text["Column.Equipment"]] = r.Equipment,
            [text["Column.Method"]] = r.Method.ToString(),
            [text["Column.Score"]] = r.Score.ToString("0.##", CultureInfo.InvariantCulture),
            [text["Column.Level"]] = text[$"RiskLevel.{r.Level}"].Value,
            [text["Column.ResponsiblePerson"]] = r.ResponsiblePerson,
            [text["Column.Verification"]] = text[$"Verification.{r.Verification}"].Value,
            [text["Column.Status"]] = text[$"Status.{r.Status}"].Value,
        });
        // MiniExcel writes the zip synchronously; Kestrel allows only asynchronous writes, so the workbook goes through a temporary file.
        await using var buffer = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.DeleteOnClose);
        await buffer.SaveAsAsync(sheet, excelType: ExcelType.XLSX, cancellationToken: cancellationToken);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }
}
