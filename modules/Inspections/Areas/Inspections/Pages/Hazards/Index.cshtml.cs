using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Inspections.Hazards;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Inspections.Areas.Inspections.Pages.Hazards;

/// <summary>隐患台账: the counts with the closure rate, the filtered register with Excel, and the way to report one.</summary>
[Authorize(Policy = InspectionsPermissions.Hazards.Default)]
public sealed class IndexModel(HazardRegister register, SignedInUser user, ITenantStore towns) : PageModel
{
    [BindProperty(SupportsGet = true)] public HazardStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public HazardLevel? Level { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }

    /// <summary>The bureau's view narrowed to one town.</summary>
    [BindProperty(SupportsGet = true)] public Guid? TownId { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public HazardSummaryDto Summary { get; private set; } = null!;
    public PagedResult<HazardDto> Result { get; private set; } = null!;
    public bool MayReport { get; private set; }
    public bool IsBureau => user.TenantId is null;

    /// <summary>The towns by id, for the bureau's town column and filter; empty inside a town.</summary>
    public IReadOnlyDictionary<Guid, string> Towns { get; private set; } = new Dictionary<Guid, string>();

    /// <summary>The export of what the page shows: the same filters, the unset ones left out.</summary>
    public string ExportUrl => QueryHelpers.AddQueryString("/api/inspections/hazards/export", new Dictionary<string, string?>
    {
        ["townId"] = TownId?.ToString(), ["status"] = Status?.ToString(), ["level"] = Level?.ToString(), ["overdue"] = Overdue is true ? "true" : null,
        ["search"] = string.IsNullOrWhiteSpace(Search) ? null : Search.Trim(),
    });

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var filter = new HazardFilter(Status, Level, null, Overdue, TownId);
        if (IsBureau)
        {
            Towns = (await towns.GetActiveAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        }
        Summary = await register.SummaryAsync(filter, Search, cancellationToken);
        Result = await register.ListAsync(filter, new PageRequest(PageNumber, PageRequest.DefaultPageSize, Search), cancellationToken);
        MayReport = user.TenantId is not null && await user.IsGrantedAsync(InspectionsPermissions.Hazards.Report);
    }
}
