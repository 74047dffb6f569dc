namespace SafetyPortal.Workflows.Application;

/// <summary>One version in a list. Version is 0 for a draft; TenantId null means a bureau definition.</summary>
public sealed record DefinitionSummaryDto(
    Guid Id,
    Guid? TenantId,
    string Key,
    string Name,
    int Version,
    string Status,
    bool IsValid,
    string? Source,
    DateTime CreationTime,
    DateTime? PublishedTime);
