using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Articles.MustRead;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Articles.Areas.Articles.Pages.MustRead;

/// <summary>Who of an assignment has (not) read the article, with search, paging, Excel and a reminder.</summary>
[Authorize(Policy = ArticlesPermissions.MustRead.Default)]
public sealed class PeopleModel(ReadMustRead read, MustReadPeople people, RemindMustRead remind) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty(SupportsGet = true)] public MustReadPeopleFilter Status { get; set; }
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;

    public MustReadAssignment Assignment { get; private set; } = null!;
    public PagedResult<MustReadPersonDto> Result { get; private set; } = null!;
    public int? Reminded { get; private set; }

    public string ExportUrl => $"/api/articles/must-read/{Id}/people/export?status={Status}&search={Uri.EscapeDataString(Search ?? "")}";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task OnPostRemindAsync(CancellationToken cancellationToken)
    {
        Reminded = await remind.RemindAsync(Id, cancellationToken);
        await LoadAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Assignment = await read.GetAsync(Id, cancellationToken);
        Result = await people.ListAsync(Id, Status, new PageRequest(PageNumber, PageRequest.DefaultPageSize, Search), cancellationToken);
    }
}
