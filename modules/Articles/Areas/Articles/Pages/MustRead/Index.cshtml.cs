using Microsoft.AspNetCore.Authorization;
using SafetyPortal.Platform.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Articles.CaseWarnings;
using SafetyPortal.Articles.MustRead;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Articles.Areas.Articles.Pages.MustRead;

/// <summary>必读管理: assignments with how many have read them, and the form to assign an article.</summary>
[Authorize(Policy = ArticlesPermissions.MustRead.Default)]
public sealed class IndexModel(ReadMustRead read, AssignMustRead assign, MustReadArticles articles, SignedInUser user, IEnterpriseDirectory directory)
    : PageModel
{
    public const int PickerSize = 200;

    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    [BindProperty] public AssignForm Input { get; set; } = new();

    public PagedResult<MustReadAssignmentDto> Result { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Title)> Articles { get; private set; } = [];
    public IReadOnlyList<EnterpriseSummary> Enterprises { get; private set; } = [];
    public bool IsTownStaff { get; private set; }
    public MustReadAssignmentDto? Assigned { get; private set; }

    public async Task OnGetAsync(Guid? articleId, CancellationToken cancellationToken)
    {
        Input.ArticleId = articleId;
        await LoadAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        ModelState.RunAsync(async () =>
            {
                Assigned = await assign.AssignAsync(Input.ToRequest(LocalTimeTagHelper.ChinaTime), cancellationToken);
                Input = new AssignForm();
                await LoadAsync(cancellationToken);
                return Page();
            }, nameof(Input), "", async () =>
            {
                await LoadAsync(cancellationToken);
                return Page();
            });

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        IsTownStaff = await user.VisibleEnterprisesAsync(cancellationToken) is null;
        Articles = await articles.ListPublishedAsync(PickerSize, cancellationToken);
        Enterprises = IsTownStaff ? await directory.SearchAsync(null, 1000, cancellationToken) : [];
        Result = await read.ListAsync(new PageRequest(PageNumber, PageRequest.DefaultPageSize, Search), null, cancellationToken);
    }
}
