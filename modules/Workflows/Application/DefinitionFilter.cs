namespace SafetyPortal.Workflows.Application;

/// <summary>List filters: a process key, a status (Draft, Published), or only the newest version of each key.</summary>
public sealed record DefinitionFilter(string? Key = null, string? Status = null, bool LatestOnly = false);
