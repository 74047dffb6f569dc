using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Learning.Compliance;
using SafetyPortal.Learning.Plans;
using SafetyPortal.Learning.Tracking;

namespace SafetyPortal.Learning.Areas.Learning.Pages.My;

/// <summary>我的学习: assigned plans with progress and deadlines, and this year's compliance.</summary>
[Authorize(Policy = LearningPermissions.Courses.Default)]
public sealed class IndexModel(ReadMyLearning my, ReadCompliance compliance) : PageModel
{
    public IReadOnlyList<MyPlanDto> Plans { get; private set; } = [];
    public ComplianceDto? Compliance { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var userId = TrainingPlanApis.UserIdOf(User);
        Plans = await my.ListAsync(userId, cancellationToken);
        Compliance = await compliance.ForUserAsync(userId, null, own: true, cancellationToken);
    }
}
