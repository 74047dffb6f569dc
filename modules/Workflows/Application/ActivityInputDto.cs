namespace SafetyPortal.Workflows.Application;

public sealed record ActivityInputDto(string Name, string Type, bool Required, string? Description);
