using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Attempts;

/// <summary>What an answer to one question of an attempt must fit: its row, its kind and how many options or blanks it shows.</summary>
public sealed record AnswerShape(Guid RowId, QuestionKind Kind, int Options, int Blanks);
