using Microsoft.Extensions.Localization;
using SafetyPortal.Organization.Import;
using SafetyPortal.Platform.Export;

namespace SafetyPortal.Organization.Application;

/// <summary>The town overview as an .xlsx: the columns of the page, in the user's language, the total last.</summary>
public sealed class TownOverviewWorkbook(IStringLocalizer<OrganizationResource> text)
{
    /// <summary>The resource keys of the column headers.</summary>
    private static readonly string[] Columns =
    [
        "TownOverview:Town", "TownOverview:Code", "TenantStatus", "TownOverview:Enterprises", "TownOverview:Staff",
        "KeySites.ConfinedSpace", "KeySites.CombustibleDust", "KeySites.HazardousChemicals", "KeySites.Metallurgy",
        "KeySites.AmmoniaRefrigeration", "KeySites.SpecialOperations",
        "TownOverview:GradeA", "TownOverview:GradeB", "TownOverview:GradeC", "TownOverview:GradeD",
    ];

    public Task<MemoryStream> WriteAsync(TownOverviewDto overview, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(overview);
        var headers = Columns.Select(c => text[c].Value).ToArray();
        var rows = overview.Towns.Append(overview.Total).Select(r => (IDictionary<string, object?>)Values(r)
            .Select((value, i) => (headers[i], value)).ToDictionary(p => p.Item1, p => p.value));
        return Workbooks.WriteAsync(rows, headers, cancellationToken);
    }

    private object?[] Values(TownOverviewRow r) =>
    [
        r.Name, r.Code, r.Code.Length == 0 ? "" : text[r.IsActive ? "Active" : "Disabled"].Value, r.Enterprises, r.Staff,
        r.ConfinedSpace, r.CombustibleDust, r.HazardousChemicals, r.Metallurgy, r.AmmoniaRefrigeration, r.SpecialOperations,
        r.GradeA, r.GradeB, r.GradeC, r.GradeD,
    ];
}
