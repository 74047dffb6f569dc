namespace SafetyPortal.Inspections.Checks;

/// <summary>Answers to some items of one checklist, saved together or not at all.</summary>
public sealed record ChecklistAnswersRequest(IReadOnlyList<ChecklistAnswerRequest>? Answers);
