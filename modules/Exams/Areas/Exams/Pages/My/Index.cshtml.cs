using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Exams.Attempts;

namespace SafetyPortal.Exams.Areas.Exams.Pages.My;

/// <summary>我的考试: open exams for me, my attempts and grade; starting (or resuming) goes to the attempt page.</summary>
[Authorize(Policy = ExamsPermissions.Exams.Default)]
public sealed class IndexModel(ReadMyExams my, StartAttempt start) : PageModel
{
    public IReadOnlyList<MyExamDto> Exams { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Exams = await my.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostStartAsync(Guid examId, CancellationToken cancellationToken)
    {
        try
        {
            var attempt = await start.StartAsync(examId, cancellationToken);
            return RedirectToPage("Attempt", new { id = attempt.Id });
        }
        catch (AttemptClosedException closed)
        {
            Error = closed.Message;
            Exams = await my.ListAsync(cancellationToken);
            return Page();
        }
    }
}
