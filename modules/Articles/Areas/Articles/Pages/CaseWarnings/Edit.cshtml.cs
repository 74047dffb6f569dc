using Microsoft.AspNetCore.Authorization;
using SafetyPortal.Platform.Identity;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Articles.CaseWarnings;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Articles.Areas.Articles.Pages.CaseWarnings;

/// <summary>One article: its fields, cover and case facts, and the review steps the user may take.</summary>
[Authorize(Policy = ArticlesPermissions.CaseWarnings.Manage)]
public sealed class EditModel(ReadCaseWarnings read, ManageCaseWarnings articles, ReviewCaseWarnings review, CaseWarningCovers covers,
    SignedInUser user, IStringLocalizer<ArticlesResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public CaseWarningForm Input { get; set; } = new();

    public CaseWarningDto? Article { get; private set; }

    public bool CanReview { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        await ShowAsync(cancellationToken);
        if (Article is { CanEdit: false })
        {
            return Forbid();
        }
        if (Article is not null)
        {
            Input = CaseWarningForm.From(Article);
        }
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => RunAsync(async () =>
    {
        var saved = Id is { } id
            ? await articles.UpdateAsync(id, Input.ToRequest(), cancellationToken)
            : await articles.CreateAsync(Input.ToRequest(), cancellationToken);
        return RedirectToPage(new { id = saved.Id });
    }, nameof(Input), cancellationToken);

    public Task<IActionResult> OnPostCoverAsync(IFormFile? cover, CancellationToken cancellationToken) => RunAsync(async () =>
    {
        if (cover is null)
        {
            ModelState.AddModelError("cover", text["CaseWarning:UploadMissing"]);
            return await ShowAsync(cancellationToken);
        }
        await using var content = cover.OpenReadStream();
        await covers.UploadAsync(Id!.Value, cover.FileName, content, cancellationToken);
        return RedirectToPage(new { id = Id });
    }, "", cancellationToken);

    /// <summary>submit, approve (now or at <paramref name="publishAt"/>, China time), return (with <paramref name="reason"/>), withdraw.</summary>
    public Task<IActionResult> OnPostStepAsync(string step, DateTime? publishAt, string? reason, CancellationToken cancellationToken) => RunAsync(async () =>
    {
        var id = Id!.Value;
        var utc = publishAt is { } local ? DateTime.SpecifyKind(local.AddHours(-8), DateTimeKind.Utc) : (DateTime?)null;
        _ = step switch
        {
            "approve" => await review.ApproveAsync(id, new ApproveCaseWarningRequest(utc), cancellationToken),
            "return" => await review.ReturnAsync(id, new ReturnCaseWarningRequest(reason), cancellationToken),
            "withdraw" => await review.WithdrawAsync(id, cancellationToken),
            _ => await review.SubmitAsync(id, cancellationToken),
        };
        return RedirectToPage(new { id });
    }, nameof(Input), cancellationToken);

    public Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken) => RunAsync(async () =>
    {
        await articles.DeleteAsync(Id!.Value, cancellationToken);
        return RedirectToPage("Manage");
    }, "", cancellationToken);

    private Task<IActionResult> RunAsync(Func<Task<IActionResult>> action, string prefix, CancellationToken cancellationToken) =>
        ModelState.RunAsync(action, prefix, text["CaseWarning:ChangedMeanwhile"], () => ShowAsync(cancellationToken));

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        CanReview = await user.IsGrantedAsync(ArticlesPermissions.CaseWarnings.Review);
        if (Id is { } id)
        {
            Article = await read.GetAsync(id, cancellationToken);
        }
        return Page();
    }
}
