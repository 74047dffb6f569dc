namespace SafetyPortal.Exams.Application;

/// <summary>Create or edit a category. A town may place its categories under a bureau category.</summary>
public sealed record SaveCategoryRequest(
    string? Name,
    Guid? ParentId = null,
    string? Description = null,
    int SortOrder = 0,
    string? ConcurrencyStamp = null);
