using SafetyPortal.Exams.Papers;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Papers;

/// <summary>The paper editor's fields: both the chosen questions and the rules travel with every post; the kind decides which is saved.</summary>
public sealed class PaperForm
{
    public string? Title { get; set; }
    public PaperKind Kind { get; set; } = PaperKind.Fixed;
    public List<PaperQuestionField> Questions { get; set; } = [];
    public List<PaperRuleField> Rules { get; set; } = [];
    public string? ConcurrencyStamp { get; set; }

    public static PaperForm From(PaperDto paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return new PaperForm
        {
            Title = paper.Title, Kind = paper.Kind, ConcurrencyStamp = paper.ConcurrencyStamp,
            Questions = [.. paper.Questions.Select(q => new PaperQuestionField { QuestionId = q.QuestionId, Points = q.Points })],
            Rules = [.. paper.Rules.Select(PaperRuleField.From)],
        };
    }

    public IReadOnlyList<PaperRuleRequest> RuleRequests() => [.. Rules.Select(r => r.ToRequest())];

    public SavePaperRequest ToRequest() => new(Title, Kind, [.. Questions.Select(q => new PaperQuestionRequest(q.QuestionId, q.Points))],
        RuleRequests(), ConcurrencyStamp);
}
