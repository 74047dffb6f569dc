using SafetyPortal.Articles.MustRead;
using SafetyPortal.Platform.Learning;

namespace SafetyPortal.Articles.Areas.Articles.Pages.MustRead;

/// <summary>The assignment form as posted: the groups as ticked boxes, the deadline as a China-time date.</summary>
public sealed class AssignForm
{
    public Guid? ArticleId { get; set; }
    public Guid? OrganizationUnitId { get; set; }
    public List<TrainingAudience> Groups { get; set; } = [];
    public decimal? CreditHours { get; set; }
    public DateOnly? Deadline { get; set; }

    public AssignMustReadRequest ToRequest(TimeZoneInfo chinaTime) => new(ArticleId, OrganizationUnitId,
        Groups.Aggregate(TrainingAudience.None, (all, g) => all | g), CreditHours,
        Deadline is { } day ? TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(23, 59, 59)), chinaTime) : null);
}
