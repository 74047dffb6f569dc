using System.Globalization;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Export;

namespace SafetyPortal.Learning.Tracking;

/// <summary>The people list as an .xlsx workbook (kernel Workbooks), headers and values in the user's language.</summary>
public sealed class TrackingExport(IStringLocalizer<LearningResource> text)
{
    public const int MaxRows = 100_000;

    public Task WriteAsync(Stream output, IReadOnlyList<PersonRowDto> rows, CancellationToken cancellationToken = default)
    {
        string[] headers = [text["Column.Name"], text["Column.Unit"], text["Column.Plan"], text["Column.Audience"], text["Column.HoursEarned"],
            text["Column.RequiredHours"], text["Column.Deadline"], text["Column.Status"], text["Column.LastReminded"]];
        var sheet = rows.Select(r => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            [headers[0]] = r.Name,
            [headers[1]] = r.UnitName,
            [headers[2]] = r.PlanTitle,
            [headers[3]] = text[$"Audience.{r.PrimaryAudience}"].Value,
            [headers[4]] = r.HoursEarned,
            [headers[5]] = r.RequiredHours,
            [headers[6]] = Day(r.Deadline),
            [headers[7]] = text[r.CompletedTime is not null ? "State.Completed" : r.Overdue ? "State.Overdue" : "State.Pending"].Value,
            [headers[8]] = r.LastRemindedTime is { } reminded ? Day(reminded) : null,
        });
        return Workbooks.WriteAsync(output, sheet, headers, cancellationToken);
    }

    private static string Day(DateTime utc) => Compliance.ChinaDay.Of(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
