using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Import;
using SafetyPortal.Risks.Application;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Import;

/// <summary>
/// Imports risk points for the enterprises the user reaches (by credit code; enterprise staff of one enterprise may
/// leave it out). Every row is checked as the report form checks it, plus duplicates against the register and the
/// file; the accepted rows are saved in one SaveChanges (one transaction), each pending verification with an "Imported" history line.
/// </summary>
public sealed class RiskPointImport(
    PortalDbContext db, RiskPointScope scope, RiskCatalogueScope catalogue, IEnterpriseDirectory directory,
    ReportRiskPoints report, IStringLocalizer<RisksResource> text)
{
    private static readonly Dictionary<string, string> FieldColumns = new()
    {
        [nameof(SaveRiskPointRequest.EnterpriseId)] = RiskImportColumns.EnterpriseCreditCode,
        [nameof(SaveRiskPointRequest.Method)] = RiskImportColumns.Method,
    };

    public async Task<ImportReport> RunAsync(Stream content, ImportFileFormat format, CancellationToken cancellationToken = default)
    {
        var result = new ImportReport();
        var rows = SheetReader.ReadRows(content, format, text).ToList();
        var map = HeaderMap.Read(rows.FirstOrDefault(), RiskImportColumns.Points, [], text);
        var codes = rows.Skip(1).Select(r => map.Cell(r, RiskImportColumns.EnterpriseCreditCode)?.ToUpperInvariant())
            .OfType<string>().Distinct().ToList();
        var enterprises = await directory.FindByCreditCodesAsync(codes, cancellationToken);
        var visible = await scope.VisibleEnterprisesAsync(cancellationToken);
        var categories = await catalogue.ActiveByCodeAsync(null, cancellationToken);
        var enterpriseIds = enterprises.Values.Select(e => e.Id).Concat(visible ?? []).Distinct().ToList();
        var taken = (await db.Set<RiskPoint>().AsNoTracking()
                .Where(p => enterpriseIds.Contains(p.EnterpriseId) && p.Status == RiskPointStatus.Active)
                .Select(p => new { p.EnterpriseId, p.CategoryId, p.Location }).ToListAsync(cancellationToken))
            .Select(p => (p.EnterpriseId, p.CategoryId, p.Location)).ToHashSet();
        using var enumerator = rows.Skip(1).GetEnumerator();
        var accepted = await RowValidation.CollectAsync(enumerator, row =>
            {
                var cells = new ImportCells(map, row, result, text);
                return Check(cells, enterprises, visible, categories, taken);
            }, result, IImportProgress.None, cancellationToken);
        foreach (var (enterpriseId, category, request) in accepted)
        {
            var point = new RiskPoint { Id = Guid.CreateVersion7(), EnterpriseId = enterpriseId };
            ReportRiskPoints.Apply(point, category, request);
            db.Add(point);
            report.Record(point, RiskPointChangeKind.Imported, RiskPointHistory.Describe(null, RiskPointHistory.Snapshot(point, category.Code)));
            result.Created++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }

    private RiskPointRow? Check(ImportCells cells, IReadOnlyDictionary<string, EnterpriseSummary> enterprises, IReadOnlyList<Guid>? visible,
        Dictionary<string, RiskCategory> categories, HashSet<(Guid, Guid, string)> taken)
    {
        var enterpriseId = Enterprise(cells, enterprises, visible);
        var method = cells.Enum<AssessmentMethod>(RiskImportColumns.Method, "Method");
        var request = new SaveRiskPointRequest(enterpriseId, cells.Text(RiskImportColumns.CategoryCode), cells.Text(RiskImportColumns.Name),
            cells.Text(RiskImportColumns.Location), cells.Text(RiskImportColumns.Equipment), method ?? AssessmentMethod.LS,
            cells.Number(RiskImportColumns.Likelihood) ?? 0, cells.Number(RiskImportColumns.Exposure), cells.Number(RiskImportColumns.Severity) ?? 0,
            cells.Text(RiskImportColumns.ResponsiblePerson), cells.Text(RiskImportColumns.ResponsiblePhone), Measures(cells));
        if (cells.IsRejected)
        {
            return null;
        }
        foreach (var (field, messages) in RiskPointValidation.Check(request, text).ToDictionary())
        {
            cells.Reject(Column(field), string.Join(" ", messages));
        }
        RiskCategory? category = null;
        if (request.CategoryCode is { } code && !categories.TryGetValue(code, out category))
        {
            cells.Reject(RiskImportColumns.CategoryCode, text["CategoryCodeUnknown", code]);
        }
        if (category is not null && enterpriseId is { } id && request.Location is { } location && !taken.Add((id, category.Id, location)))
        {
            cells.Reject(RiskImportColumns.Location, text["DuplicateRiskPoint", category.Code, location]);
        }
        return cells.IsRejected ? null : new RiskPointRow(enterpriseId!.Value, category!, request);
    }

    private Guid? Enterprise(ImportCells cells, IReadOnlyDictionary<string, EnterpriseSummary> enterprises, IReadOnlyList<Guid>? visible)
    {
        if (cells.Text(RiskImportColumns.EnterpriseCreditCode)?.ToUpperInvariant() is not { } creditCode)
        {
            if (visible is { Count: 1 })
            {
                return visible[0];
            }
            cells.Reject(RiskImportColumns.EnterpriseCreditCode, text["FieldRequired"]);
            return null;
        }
        if (enterprises.TryGetValue(creditCode, out var enterprise) && (visible is null || visible.Contains(enterprise.Id)))
        {
            return enterprise.Id;
        }
        cells.Reject(RiskImportColumns.EnterpriseCreditCode, text["EnterpriseUnknown"]);
        return null;
    }

    private static List<MeasureRequest> Measures(ImportCells cells)
    {
        var frequency = cells.Enum<MeasureFrequency>(RiskImportColumns.MeasureFrequency, "Frequency") ?? MeasureFrequency.Monthly;
        var role = cells.Text(RiskImportColumns.MeasureRole) ?? cells.Text(RiskImportColumns.ResponsiblePerson) ?? "-";
        return [.. cells.Lines(RiskImportColumns.ControlMeasures).Select(m => new MeasureRequest(m, frequency, role))];
    }

    private static string Column(string field) =>
        FieldColumns.TryGetValue(field, out var column) ? column
        : field.StartsWith("Measures", StringComparison.Ordinal) ? RiskImportColumns.ControlMeasures
        : field;
}
