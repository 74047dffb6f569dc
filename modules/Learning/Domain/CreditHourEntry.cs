using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Learning;

namespace SafetyPortal.Learning.Domain;

/// <summary>
/// One line of a user's credit-hour ledger (学时档案): hours earned in a year from one source. Written once per
/// (user, source, source id); never edited (a correction is a <see cref="CreditHourSource.Manual"/> entry).
/// </summary>
public class CreditHourEntry : Entity, IMultiTenant, IHasCreationTime
{
    public const int MaxTitleLength = 200;

    public Guid? TenantId { get; set; }
    public Guid UserId { get; set; }

    /// <summary>The learner's enterprise when the hours were earned (null for town and bureau staff), for enterprise totals.</summary>
    public Guid? EnterpriseId { get; set; }

    /// <summary>Calendar year in China time of <see cref="EarnedTime"/>.</summary>
    public int Year { get; set; }

    public decimal Hours { get; set; }
    public CreditHourSource Source { get; set; }
    public Guid SourceId { get; set; }
    public Guid? CourseId { get; set; }
    public string Title { get; set; } = "";
    public DateTime EarnedTime { get; set; }
    public DateTime CreationTime { get; set; }
}
