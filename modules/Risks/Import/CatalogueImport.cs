using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Import;
using SafetyPortal.Risks.Application;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Import;

/// <summary>
/// Imports catalogue entries into the current side (the bureau's, or the town's own): a new code creates the entry
/// (and its industry when the industry code is new and named); a known code of one's own publishes a new version
/// when the content differs. Rows are checked first; the accepted ones are saved in one transaction.
/// </summary>
public sealed class CatalogueImport(PortalDbContext db, RiskCatalogueScope catalogue, IStringLocalizer<RisksResource> text)
{
    public async Task<ImportReport> RunAsync(Stream content, ImportFileFormat format, CancellationToken cancellationToken = default)
    {
        var report = new ImportReport();
        using var rows = SheetReader.ReadRows(content, format, text).GetEnumerator();
        var map = HeaderMap.Read(rows.MoveNext() ? rows.Current : null, RiskImportColumns.Catalogue, [], text);
        var industries = await catalogue.Industries().ToDictionaryAsync(i => i.Code, StringComparer.OrdinalIgnoreCase, cancellationToken);
        var categories = (await catalogue.Categories().ToListAsync(cancellationToken))
            .OrderBy(c => c.TenantId is null).DistinctBy(c => c.Code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(c => c.Code, StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var accepted = await RowValidation.CollectAsync(rows, row => Check(new ImportCells(map, row, report, text), seen, categories),
            report, IImportProgress.None, cancellationToken);
        var currentVersions = await CurrentVersionsAsync(categories.Values, cancellationToken);
        var now = DateTime.UtcNow;
        foreach (var (code, industryCode, industryName, request) in accepted)
        {
            if (!industries.TryGetValue(industryCode, out var industry))
            {
                industry = new RiskIndustry { Id = Guid.CreateVersion7(), Code = industryCode, Name = industryName ?? industryCode };
                industries[industryCode] = industry;
                db.Add(industry);
            }
            if (categories.TryGetValue(code, out var existing))
            {
                var content2 = ManageCatalogue.Content(request);
                if (currentVersions.TryGetValue(existing.Id, out var current) && SameContent(current, content2))
                {
                    continue;
                }
                db.Add(existing.Publish(content2, now));
                report.Updated++;
                continue;
            }
            var category = new RiskCategory { Id = Guid.CreateVersion7(), IndustryId = industry.Id, Code = code };
            categories[code] = category;
            db.Add(category);
            db.Add(category.Publish(ManageCatalogue.Content(request), now));
            report.Created++;
        }
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    private CatalogueRow? Check(ImportCells cells, HashSet<string> seen, Dictionary<string, RiskCategory> categories)
    {
        var code = cells.Text(RiskImportColumns.CategoryCode) ?? "";
        var request = new SaveCategoryRequest(Guid.Empty, code, cells.Text(RiskImportColumns.Name), cells.Text(RiskImportColumns.TypicalHazards),
            cells.Lines(RiskImportColumns.ControlMeasures), cells.Lines(RiskImportColumns.CheckPoints), cells.KeySites(RiskImportColumns.KeySites));
        var industryCode = cells.Text(RiskImportColumns.IndustryCode);
        var errors = CategoryValidation.Check(request, isNew: true, text).ToDictionary();
        foreach (var (field, messages) in errors)
        {
            cells.Reject(field == nameof(request.Code) ? RiskImportColumns.CategoryCode : field, string.Join(" ", messages));
        }
        if (industryCode is null || industryCode.Length > RiskIndustry.MaxCodeLength)
        {
            cells.Reject(RiskImportColumns.IndustryCode, text["FieldRequired"]);
        }
        if (code.Length > 0 && !seen.Add(code))
        {
            cells.Reject(RiskImportColumns.CategoryCode, text["DuplicateInFile", code]);
        }
        if (categories.TryGetValue(code, out var existing) && !catalogue.CanEdit(existing.TenantId))
        {
            cells.Reject(RiskImportColumns.CategoryCode, text["CategoryNotYours"]);
        }
        return cells.IsRejected ? null : new CatalogueRow(code, industryCode!, cells.Text(RiskImportColumns.IndustryName), request);
    }

    private async Task<Dictionary<Guid, RiskCategoryVersion>> CurrentVersionsAsync(IEnumerable<RiskCategory> categories, CancellationToken cancellationToken)
    {
        var pairs = categories.Where(c => catalogue.CanEdit(c.TenantId)).Select(c => c.Id).ToList();
        var versions = await catalogue.Versions().AsNoTracking().Where(v => pairs.Contains(v.CategoryId)).ToListAsync(cancellationToken);
        return versions.GroupBy(v => v.CategoryId).ToDictionary(g => g.Key, g => g.MaxBy(v => v.VersionNumber)!);
    }

    private static bool SameContent(RiskCategoryVersion current, RiskCategoryContent content) =>
        current.Name == content.Name && current.TypicalHazards == content.TypicalHazards && current.KeySites == content.KeySites
        && current.ControlMeasures == TextLines.Join(content.ControlMeasures) && current.CheckPoints == TextLines.Join(content.CheckPoints);
}
