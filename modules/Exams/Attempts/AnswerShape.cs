using System.Text.Json;
using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Attempts;

/// <summary>What an answer to one question of an attempt must fit: its row, its kind and how many options or blanks it shows.</summary>
public sealed record AnswerShape(Guid RowId, QuestionKind Kind, int Options, int Blanks)
{
    /// <summary>The shape of a question row from its snapshot (a fill-in question counts blanks, any other options).</summary>
    public static AnswerShape Of(Guid rowId, QuestionKind kind, string optionsJson, string blanksJson) => kind == QuestionKind.FillInBlank
        ? new AnswerShape(rowId, kind, 0, ArrayLength(blanksJson))
        : new AnswerShape(rowId, kind, ArrayLength(optionsJson), 0);

    private static int ArrayLength(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetArrayLength();
    }
}
