using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Export;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Inspections.Hazards;

/// <summary>The register as an .xlsx workbook, headers and values in the user's language, times in China time.</summary>
public sealed class HazardExport(IStringLocalizer<InspectionsResource> text)
{
    public Task WriteAsync(Stream output, IReadOnlyList<HazardDto> rows, CancellationToken cancellationToken = default)
    {
        string[] headers = [text["Hazard.Column.Enterprise"], text["Hazard.Column.Description"], text["Hazard.Column.Location"],
            text["Hazard.Column.Level"], text["Hazard.Column.Status"], text["Hazard.Column.Overdue"], text["Hazard.Column.Reporter"],
            text["Hazard.Column.ReportedTime"], text["Hazard.Column.Deadline"], text["Hazard.Column.ClosedTime"]];
        var sheet = rows.Select(r => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            [headers[0]] = r.EnterpriseName,
            [headers[1]] = r.Description,
            [headers[2]] = r.Location,
            [headers[3]] = text["HazardLevel." + r.Level].Value,
            [headers[4]] = text["HazardStatus." + r.Status].Value,
            [headers[5]] = r.IsOverdue ? text["Hazard.Yes"].Value : "",
            [headers[6]] = r.ReporterName,
            [headers[7]] = ChinaTime(r.ReportedTime),
            [headers[8]] = ChinaTime(r.Deadline),
            [headers[9]] = ChinaTime(r.ClosedTime),
        });
        return Workbooks.WriteAsync(output, sheet, headers, cancellationToken);
    }

    private static string? ChinaTime(DateTime? utc) => utc is { } at ? LocalTimeTagHelper.FormatChinaTime(at, "yyyy-MM-dd HH:mm") : null;
}
