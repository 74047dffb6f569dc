using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Settings;
using SafetyPortal.Platform.Ui;
using SafetyPortal.SettingManagement.Application;

namespace SafetyPortal.SettingManagement.Areas.SettingManagement.Pages.Settings;

/// <summary>Settings at one level, each with its value in effect and where that value comes from.</summary>
[Authorize]
public sealed class IndexModel(ManageSettings settings, IStringLocalizer<PlatformResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public SettingLevels Level { get; set; }

    public IReadOnlyList<SettingLevels> Levels { get; private set; } = [];
    public IReadOnlyList<SettingDto> Settings { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Levels = await settings.ManageableLevelsAsync(cancellationToken);
        if (Levels.Count == 0)
        {
            return Forbid();
        }
        if (!Levels.Contains(Level))
        {
            Level = Levels[0];
        }
        Settings = await settings.GetAsync(Level, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Dictionary<string, string?> values, CancellationToken cancellationToken)
    {
        try
        {
            await settings.SaveAsync(Level, new SaveSettingsRequest(values), cancellationToken);
            TempData["Message"] = text["Saved"].Value;
            return RedirectToPage(new { level = Level });
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, "values");
            return await OnGetAsync(cancellationToken);
        }
    }
}
