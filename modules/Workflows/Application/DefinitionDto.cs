namespace SafetyPortal.Workflows.Application;

/// <summary>One version with its problems (a draft may have some; a published version has none) and its stamp for edits.</summary>
public sealed record DefinitionDto(
    Guid Id,
    Guid? TenantId,
    string Key,
    string Name,
    int Version,
    string Status,
    bool IsValid,
    string? Source,
    DateTime CreationTime,
    DateTime? PublishedTime,
    string? PublishedBy,
    string ConcurrencyStamp,
    IReadOnlyList<ModelErrorDto> Errors);
