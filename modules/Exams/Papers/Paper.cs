using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Papers;

/// <summary>
/// 试卷: the questions an exam asks. A fixed paper lists its questions (<see cref="Questions"/>); a rule-based paper
/// draws them at each attempt's start (<see cref="Rules"/>). Owned like the bank: the bureau's (TenantId null) are used
/// by every town, a town's are its own.
/// </summary>
public class Paper : AggregateRoot, IMultiTenant
{
    public const int MaxTitleLength = 128;
    public const int MaxItems = 200;

    public Guid? TenantId { get; set; }
    public string Title { get; set; } = "";
    public PaperKind Kind { get; set; }
    public List<PaperQuestion> Questions { get; set; } = [];
    public List<PaperRule> Rules { get; set; } = [];

    /// <summary>The most a candidate can score.</summary>
    public decimal TotalPoints => Kind == PaperKind.Fixed ? Questions.Sum(q => q.Points) : Rules.Sum(r => r.Count * r.Points);
}
