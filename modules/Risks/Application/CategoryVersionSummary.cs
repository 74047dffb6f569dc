namespace SafetyPortal.Risks.Application;

public sealed record CategoryVersionSummary(int VersionNumber, string Name, DateTime ValidFrom);
