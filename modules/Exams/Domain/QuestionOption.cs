using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Domain;

/// <summary>An option of a choice or true/false question.</summary>
public class QuestionOption : Entity, IMultiTenant
{
    public const int MaxTextLength = 4000;

    public Guid? TenantId { get; set; }
    public Guid QuestionId { get; set; }

    /// <summary>Sanitised HTML.</summary>
    public string Text { get; set; } = "";

    public bool IsCorrect { get; set; }

    /// <summary>
    /// Share of the question's points this option is worth, in percent as Moodle writes it (100, 50, 33.33333, -25):
    /// from -100 to 100. Correct options of a single-choice or true/false question have 100, wrong ones 0 or less.
    /// </summary>
    public decimal Fraction { get; set; }

    public int SortOrder { get; set; }

    /// <summary>Optional feedback shown when this option is chosen (sanitised HTML).</summary>
    public string? Feedback { get; set; }
}
