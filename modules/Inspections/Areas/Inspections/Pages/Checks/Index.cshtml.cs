using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Inspections.Checks;
using SafetyPortal.Inspections.Cycles;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Inspections.Areas.Inspections.Pages.Checks;

/// <summary>
/// 排查检查: one's own unfinished tasks first (for those who inspect), the cycles with their coverage (for town staff and the
/// bureau), the filtered task list, and for a town admin the way to open a tier's current cycle now.
/// </summary>
[Authorize(Policy = InspectionsPermissions.Checks.Default)]
public sealed class IndexModel(
    InspectionBoard board,
    InspectionCycles cycles,
    OpenInspectionCycle open,
    SignedInUser user,
    ITenantStore towns,
    IStringLocalizer<InspectionsResource> text,
    TimeProvider clock) : PageModel
{
    /// <summary>Own unfinished tasks shown per status at the top; the rest are in the list below.</summary>
    private const int MyTasksShown = 50;

    /// <summary>Newest cycles in the overview and the cycle filter.</summary>
    private const int CyclesShown = 12;

    [BindProperty(SupportsGet = true)] public Guid? CycleId { get; set; }
    [BindProperty(SupportsGet = true)] public InspectionTier? Tier { get; set; }
    [BindProperty(SupportsGet = true)] public InspectionTaskStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Flagged { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Mine { get; set; }
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    /// <summary>Tasks the last opening opened (after its redirect).</summary>
    [BindProperty(SupportsGet = true)] public int? Opened { get; set; }

    /// <summary>The tier to open now (the town admin's form).</summary>
    [BindProperty] public InspectionTier? OpenTier { get; set; }

    public bool IsBureau => user.TenantId is null;

    /// <summary>Holds a tier's permission inside a town: gets "my tasks".</summary>
    public bool IsInspector { get; private set; }

    /// <summary>Town staff and the bureau (no enterprise scope): get the cycles with their coverage.</summary>
    public bool IsOverseer { get; private set; }
    public bool MayOpenCycles { get; private set; }
    public IReadOnlyList<InspectionTaskDto> MyTasks { get; private set; } = [];
    public int MyTasksMore { get; private set; }
    public IReadOnlyList<InspectionCycleDto> Cycles { get; private set; } = [];
    public PagedResult<InspectionTaskDto> Result { get; private set; } = null!;
    public IReadOnlyDictionary<Guid, string> Towns { get; private set; } = new Dictionary<Guid, string>();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostOpenAsync(CancellationToken cancellationToken)
    {
        if (IsBureau || !await user.IsGrantedAsync(InspectionsPermissions.Checks.ManageCycles))
        {
            return Forbid();
        }
        return await ModelState.RunAsync(async () =>
        {
            if (OpenTier is not { } tier || !Enum.IsDefined(tier))
            {
                throw ValidationException.For("tier", text["Cycle.TierRequired"]);
            }
            var result = await open.OpenAsync(tier, CyclePeriod.ChinaDay(clock.GetUtcNow().UtcDateTime), cancellationToken)
                ?? throw ValidationException.For("tier", text["Cycle.TierOff"]);
            return RedirectToPage(new { opened = result.Opened, cycleId = result.CycleId });
        }, nameof(OpenTier), "", async () =>
        {
            await LoadAsync(cancellationToken);
            return Page();
        });
    }

    /// <summary>A cycle's name in the filter and the overview: tier and period (and town, for the bureau).</summary>
    public string CycleName(InspectionCycleDto cycle) =>
        $"{text["Tier." + cycle.Tier]} {cycle.PeriodStart:yyyy-MM-dd}~{cycle.PeriodEnd:yyyy-MM-dd}"
        + (IsBureau && cycle.TownId is { } town && Towns.TryGetValue(town, out var name) ? " " + name : "");

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        IsOverseer = await user.VisibleEnterprisesAsync(cancellationToken) is null;
        IsInspector = !IsBureau && (await user.IsGrantedAsync(InspectionsPermissions.Checks.SelfCheck)
            || await user.IsGrantedAsync(InspectionsPermissions.Checks.Patrol) || await user.IsGrantedAsync(InspectionsPermissions.Checks.Inspect));
        MayOpenCycles = !IsBureau && await user.IsGrantedAsync(InspectionsPermissions.Checks.ManageCycles);
        if (IsBureau)
        {
            Towns = (await towns.GetActiveAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        }
        if (IsInspector)
        {
            await LoadMyTasksAsync(cancellationToken);
        }
        Cycles = (await cycles.ListAsync(null, null, new PageRequest(1, CyclesShown), cancellationToken)).Items;
        var filter = new InspectionTaskFilter(CycleId, Tier, Status, Overdue is true ? true : null, Flagged is true ? true : null, Mine is true);
        Result = await board.ListAsync(filter, new PageRequest(PageNumber, PageRequest.DefaultPageSize, Search), cancellationToken);
    }

    /// <summary>Unfinished ones only, by due time: what the reader still has to do.</summary>
    private async Task LoadMyTasksAsync(CancellationToken cancellationToken)
    {
        var started = await board.ListAsync(new InspectionTaskFilter(Status: InspectionTaskStatus.InProgress, Mine: true),
            new PageRequest(1, MyTasksShown), cancellationToken);
        var notStarted = await board.ListAsync(new InspectionTaskFilter(Status: InspectionTaskStatus.Open, Mine: true),
            new PageRequest(1, MyTasksShown), cancellationToken);
        MyTasks = started.Items.Concat(notStarted.Items).OrderBy(t => t.DueTime).ThenBy(t => t.EnterpriseName, StringComparer.Ordinal).ToList();
        MyTasksMore = started.TotalCount + notStarted.TotalCount - MyTasks.Count;
    }
}
