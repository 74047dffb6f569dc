namespace SafetyPortal.Http.Tests.Infrastructure;

public sealed record SettingDocument(string Name, string DisplayName, string? Value, string Source, string? ValueAtLevel, string? Inherited);
