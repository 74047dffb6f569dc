namespace SafetyPortal.Platform.Screening;

/// <summary>An enterprise a screening found, with its town.</summary>
public sealed record ScreenedEnterprise(Guid EnterpriseId, Guid? TownId, string Name);
