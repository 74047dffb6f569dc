namespace SafetyPortal.Exams.Areas.Exams.Pages.Papers;

/// <summary>A chosen question of a fixed paper on the form; no points: the question's default.</summary>
public sealed class PaperQuestionField
{
    public Guid QuestionId { get; set; }
    public decimal? Points { get; set; }
}
