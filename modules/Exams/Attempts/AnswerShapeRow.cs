using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Attempts;

/// <summary>One question row of an attempt as <see cref="AttemptAnswerShapes"/> reads it.</summary>
public sealed record AnswerShapeRow(int No, Guid RowId, QuestionKind Kind, string OptionsJson, string BlanksJson, DateTime Deadline);
