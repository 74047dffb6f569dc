using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Learning.Application;

namespace SafetyPortal.Learning.Areas.Learning.Pages.Study;

/// <summary>The lesson player: video (resumes where it stopped), PDF in the browser, or rich text; heartbeats from player.js.</summary>
[Authorize(Policy = LearningPermissions.Courses.Default)]
public sealed class LessonModel(ReadStudy study, IStringLocalizer<LearningResource> text) : PageModel
{
    private static readonly string[] ScriptTexts = ["Player.Studied", "Player.Completed", "Player.Earned", "Player.Superseded", "Player.Offline", "Player.Paused"];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public PlayerLessonDto Lesson { get; private set; } = null!;

    /// <summary>The texts player.js shows, from the resource file.</summary>
    public string Texts => JsonSerializer.Serialize(ScriptTexts.ToDictionary(k => k["Player.".Length..], k => text[k].Value));

    public async Task OnGetAsync(CancellationToken cancellationToken) => Lesson = await study.LessonAsync(Id, cancellationToken);
}
