namespace SafetyPortal.Exams.Application;

/// <summary>A node of the category tree; IsBureau: shared by the bureau with every town. QuestionCount: live questions directly in it.</summary>
public sealed record CategoryDto(
    Guid Id,
    Guid? ParentId,
    string Name,
    string? Description,
    int SortOrder,
    bool IsBureau,
    bool CanEdit,
    int QuestionCount,
    string ConcurrencyStamp);
