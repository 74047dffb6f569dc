using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Exams.Statistics;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Results;

/// <summary>One exam's results: summary, score distribution, pass rates by town / enterprise / position, item statistics.</summary>
[Authorize(Policy = ExamsPermissions.Exams.Results)]
public sealed class ExamModel(ReadExamStatistics statistics, ICurrentTenant tenant) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ExamStatisticsDto Statistics { get; private set; } = null!;
    public IReadOnlyList<QuestionStatisticsDto> Questions { get; private set; } = [];

    /// <summary>The people list is a town's (the bureau reads by town).</summary>
    public bool HasPeople => tenant.Id is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Statistics = await statistics.StatisticsAsync(Id, null, cancellationToken);
        Questions = await statistics.QuestionsAsync(Id, null, cancellationToken);
    }
}
