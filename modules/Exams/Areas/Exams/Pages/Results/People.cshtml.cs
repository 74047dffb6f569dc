using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Exams.Statistics;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Results;

/// <summary>未通过名单: who of the exam's audience has not passed (or any one state), searchable, paged, exportable.</summary>
[Authorize(Policy = ExamsPermissions.Exams.Results)]
public sealed class PeopleModel(ExamResultsScope scope, ReadExamPeople people) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNo { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    /// <summary>A state, "All", or empty for everyone who has not passed.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Show { get; set; }

    public string Title { get; private set; } = "";
    public PagedResult<ExamPersonDto> People { get; private set; } = null!;

    public ExamPeopleFilter Filter => Show == "All" ? new ExamPeopleFilter(All: true)
        : Enum.TryParse<ExamPersonState>(Show, out var state) ? new ExamPeopleFilter(state) : new ExamPeopleFilter();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Title = (await scope.ExamAsync(Id, cancellationToken)).Title;
        People = await people.PeopleAsync(Id, Filter, new PageRequest(PageNo, Search: Search), cancellationToken);
    }
}
