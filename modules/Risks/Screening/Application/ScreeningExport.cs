using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Export;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Risks.Screening.Application;

/// <summary>A screening's matches as an .xlsx workbook: the enterprise (and town, for the bureau), then one column of reasons per condition.</summary>
public sealed class ScreeningExport(RunScreening screening, ICurrentTenant currentTenant, IStringLocalizer<RiskScreeningResource> text)
{
    public const string FileName = "screening.xlsx";

    public async Task WriteAsync(Stream output, IReadOnlyList<ScreeningConditionRequest>? conditions, CancellationToken cancellationToken = default)
    {
        var rows = await screening.RunAllAsync(conditions, cancellationToken);
        var checkedConditions = await screening.CheckAsync(conditions, cancellationToken);
        var conditionHeaders = new List<string>();
        foreach (var name in checkedConditions.Select(c => c.Parameters.Definition.Name))
        {
            // Two conditions of one kind get distinct columns.
            conditionHeaders.Add(conditionHeaders.Contains(name) ? $"{name} ({conditionHeaders.Count + 1})" : name);
        }
        var onHost = currentTenant.Id is null;
        var headers = new List<string>();
        if (onHost)
        {
            headers.Add(text["Column.Town"]);
        }
        headers.AddRange([text["Column.Enterprise"], text["Column.CreditCode"], text["Column.Industry"], .. conditionHeaders]);
        await Workbooks.WriteAsync(output, rows.Select(r =>
        {
            var row = new Dictionary<string, object?>();
            if (onHost)
            {
                row[text["Column.Town"]] = r.TownName;
            }
            row[text["Column.Enterprise"]] = r.Name;
            row[text["Column.CreditCode"]] = r.CreditCode;
            row[text["Column.Industry"]] = r.IndustryCode;
            foreach (var (reason, i) in r.Reasons.Select((x, i) => (x, i)))
            {
                row[conditionHeaders[i]] = reason.Text;
            }
            return (IDictionary<string, object?>)row;
        }), headers, cancellationToken);
    }
}
