using SafetyPortal.Platform.Learning;
using SafetyPortal.Learning.Compliance;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Learning.Plans;

namespace SafetyPortal.Learning.Areas.Learning.Pages.Plans;

/// <summary>
/// The plan form: days in China time (a period runs from the first day's start to the last day's end; the deadline is
/// the end of its day), audience groups as checkboxes, courses as a list of ids. What the page does not edit
/// (enterprise conditions, unit, exam) is carried over from the saved plan.
/// </summary>
public sealed class PlanForm
{
    public string? Title { get; set; }
    public string? Description { get; set; }
    public List<TrainingAudience> Audience { get; set; } = [];
    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    public DateOnly? Deadline { get; set; }
    public decimal? RequiredHours { get; set; }
    public List<Guid> CourseIds { get; set; } = [];
    public string? ConcurrencyStamp { get; set; }

    public static PlanForm New(DateTime now)
    {
        var today = ChinaDay.Of(now);
        var end = new DateOnly(today.Year, 12, 31);
        return new() { PeriodStart = today, PeriodEnd = end, Deadline = end, RequiredHours = 12 };
    }

    public static PlanForm From(PlanDto plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return new()
        {
            Title = plan.Title, Description = plan.Description,
            Audience = [.. Enum.GetValues<TrainingAudience>().Where(a => a != TrainingAudience.None && plan.Audience.HasFlag(a))],
            PeriodStart = ChinaDay.Of(plan.PeriodStart), PeriodEnd = ChinaDay.Of(plan.PeriodEnd), Deadline = ChinaDay.Of(plan.Deadline),
            RequiredHours = plan.RequiredHours, CourseIds = [.. plan.CourseIds], ConcurrencyStamp = plan.ConcurrencyStamp,
        };
    }

    public SavePlanRequest ToRequest(PlanDto? saved) => new(
        Title, Description, Audience.Aggregate(TrainingAudience.None, (all, a) => all | a), saved?.Conditions, saved?.EnterpriseId,
        saved?.OrganizationUnitId,
        PeriodStart is { } start ? ChinaDay.StartUtc(start) : null,
        PeriodEnd is { } end ? ChinaDay.EndUtc(end) : null,
        Deadline is { } deadline ? ChinaDay.EndUtc(deadline) : null,
        RequiredHours, CourseIds, saved?.ExamId, ConcurrencyStamp);
}
