namespace SafetyPortal.Exams.Papers;

public sealed record SavePaperRequest(
    string? Title,
    PaperKind? Kind,
    IReadOnlyList<PaperQuestionRequest>? Questions,
    IReadOnlyList<PaperRuleRequest>? Rules,
    string? ConcurrencyStamp = null);
