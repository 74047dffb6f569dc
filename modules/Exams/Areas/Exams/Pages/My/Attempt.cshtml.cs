using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Attempts;

namespace SafetyPortal.Exams.Areas.Exams.Pages.My;

/// <summary>The attempt page: attempt.js loads the attempt from the API, saves every answer and counts down by the server's clock.</summary>
[Authorize(Policy = ExamsPermissions.Exams.Default)]
public sealed class AttemptModel(TakeAttempt take, IStringLocalizer<ExamsResource> text) : PageModel
{
    private static readonly string[] ScriptTexts =
    [
        "Attempt.Saved", "Attempt.Saving", "Attempt.Queued", "Attempt.Offline", "Attempt.Refused", "Attempt.Remaining", "Attempt.ConfirmSubmit",
        "Attempt.Unanswered", "Attempt.Previous", "Attempt.Next", "Attempt.Submit", "Attempt.Result", "Attempt.Score", "Exam.Passed", "Exam.Failed",
        "Attempt.CorrectAnswer", "Attempt.YourScore", "Attempt.NoReview", "Attempt.BlankNo", "Attempt.Pending",
    ];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public AttemptDto Attempt { get; private set; } = null!;

    public string Texts => JsonSerializer.Serialize(ScriptTexts.ToDictionary(k => k, k => text[k].Value));

    public async Task OnGetAsync(CancellationToken cancellationToken) => Attempt = await take.GetAsync(Id, cancellationToken);
}
