namespace SafetyPortal.Organization.Application;

/// <summary>A grid's name, to create or rename it.</summary>
public sealed record SaveGridRequest(string? Name);
