namespace SafetyPortal.Exams.Papers;

public sealed record PaperDto(
    Guid Id,
    bool IsBureau,
    bool CanEdit,
    string Title,
    PaperKind Kind,
    decimal TotalPoints,
    int QuestionCount,
    IReadOnlyList<PaperQuestionRequest> Questions,
    IReadOnlyList<PaperRuleRequest> Rules,
    string ConcurrencyStamp)
{
    public static PaperDto From(Paper paper, Guid? currentTenant)
    {
        ArgumentNullException.ThrowIfNull(paper);
        return new PaperDto(paper.Id, paper.TenantId is null, paper.TenantId == currentTenant, paper.Title, paper.Kind, paper.TotalPoints,
            paper.Kind == PaperKind.Fixed ? paper.Questions.Count : paper.Rules.Sum(r => r.Count),
            paper.Questions.OrderBy(q => q.SortOrder).Select(q => new PaperQuestionRequest(q.QuestionId, q.Points)).ToList(),
            paper.Rules.OrderBy(r => r.SortOrder).Select(r => new PaperRuleRequest(r.CategoryId, r.RiskCategoryCode, r.Kind, r.Difficulty, r.Count, r.Points, r.Personalised)).ToList(),
            paper.ConcurrencyStamp);
    }
}
