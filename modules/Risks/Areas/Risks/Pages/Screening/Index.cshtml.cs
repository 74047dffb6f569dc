using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Screening;
using SafetyPortal.Platform.Ui;
using SafetyPortal.Risks.Screening;
using SafetyPortal.Risks.Screening.Application;

namespace SafetyPortal.Risks.Areas.Risks.Pages.Screening;

/// <summary>前置研判: the condition builder, the matches with their reasons, saved screenings and the export.</summary>
[Authorize(Policy = RisksPermissions.Screening.Default)]
public sealed class IndexModel(RunScreening screening, ManageSavedScreenings saved, ICurrentTenant currentTenant) : PageModel
{
    public const int PageSize = 50;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The conditions as JSON (the API's condition requests), kept in the URL so results page and link.</summary>
    [BindProperty(Name = "q", SupportsGet = true)]
    public string? Conditions { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Saved { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public string? SaveName { get; set; }

    [BindProperty]
    public bool SaveShared { get; set; }

    public IReadOnlyList<ScreeningConditionDefinition> Definitions { get; private set; } = [];
    public IReadOnlyList<SavedScreeningDto> SavedScreenings { get; private set; } = [];
    public PagedResult<ScreeningResultDto>? Result { get; private set; }
    public bool AllTowns => currentTenant.Id is null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Saved is { } id)
        {
            Conditions = JsonSerializer.Serialize(await saved.ConditionsAsync(id, cancellationToken), Json);
        }
        await LoadAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(Conditions))
        {
            return;
        }
        try
        {
            Result = await screening.RunAsync(ScreeningApi.ReadConditions(Conditions), new PageRequest(PageNumber, PageSize), cancellationToken);
        }
        catch (ValidationException e)
        {
            ModelState.AddValidationErrors(e, "", []);
        }
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            var created = await saved.CreateAsync(new SaveScreeningRequest(SaveName, ScreeningApi.ReadConditions(Conditions), SaveShared), cancellationToken);
            return RedirectToPage(new { saved = created.Id });
        }
        catch (ValidationException e)
        {
            ModelState.AddValidationErrors(e, "", []);
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        await saved.DeleteAsync(id, cancellationToken);
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Definitions = await screening.DescribeAsync(cancellationToken);
        SavedScreenings = await saved.ListAsync(cancellationToken);
    }

    /// <summary>The badge classes of a reason: the risk-level colours of &lt;risk-level&gt;, or a neutral badge.</summary>
    public static string BadgeClass(ScreeningTone tone) => tone switch
    {
        ScreeningTone.Red => Ui.RiskLevelTagHelper.CssClass(Domain.RiskLevel.Major),
        ScreeningTone.Orange => Ui.RiskLevelTagHelper.CssClass(Domain.RiskLevel.Significant),
        ScreeningTone.Yellow => Ui.RiskLevelTagHelper.CssClass(Domain.RiskLevel.General),
        ScreeningTone.Blue => Ui.RiskLevelTagHelper.CssClass(Domain.RiskLevel.Low),
        _ => "text-bg-light border",
    };
}
