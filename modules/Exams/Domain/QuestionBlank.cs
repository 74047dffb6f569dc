using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Domain;

/// <summary>
/// A blank of a fill-in-the-blank question. The stem may mark where blank n goes with <c>{{n}}</c>; without marks the
/// blanks are answered after the stem, in order.
/// </summary>
public class QuestionBlank : Entity, IMultiTenant
{
    public const int MaxAnswerLength = 255;
    public const int MaxAnswers = 20;

    public Guid? TenantId { get; set; }
    public Guid QuestionId { get; set; }

    /// <summary>1-based position of the blank in the stem.</summary>
    public int Index { get; set; }

    /// <summary>Any of these answers is right (plain text; compared after trimming, full/half width folded).</summary>
    public List<string> AcceptedAnswers { get; set; } = [];

    public bool CaseSensitive { get; set; }
}
