using SafetyPortal.Exams.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Exams.Application;

/// <summary>A question with its answers; Duplicates: other live questions with the same normalised stem.</summary>
public sealed record QuestionDto(
    Guid Id,
    Guid CategoryId,
    QuestionKind Kind,
    string Name,
    string Stem,
    string? Explanation,
    int Difficulty,
    decimal DefaultPoints,
    KeySites KeySites,
    IReadOnlyList<QuestionOptionDto> Options,
    IReadOnlyList<QuestionBlankDto> Blanks,
    QuestionTagsDto Tags,
    int Version,
    bool IsRetired,
    bool IsBureau,
    bool CanEdit,
    DateTime? LastModificationTime,
    string ConcurrencyStamp,
    IReadOnlyList<DuplicateDto> Duplicates);
