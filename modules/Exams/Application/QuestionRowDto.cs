using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Application;

/// <summary>A question in the bank's list: the stem as a plain-text excerpt.</summary>
public sealed record QuestionRowDto(
    Guid Id,
    Guid CategoryId,
    string CategoryName,
    QuestionKind Kind,
    string Name,
    string StemExcerpt,
    int Difficulty,
    decimal DefaultPoints,
    int Version,
    bool IsRetired,
    bool IsBureau,
    bool CanEdit,
    QuestionTagsDto Tags);
