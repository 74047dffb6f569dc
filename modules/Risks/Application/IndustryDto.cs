namespace SafetyPortal.Risks.Application;

/// <summary>A branch of the catalogue; IsShared when it is the bureau's.</summary>
public sealed record IndustryDto(Guid Id, string Code, string Name, bool IsShared);
