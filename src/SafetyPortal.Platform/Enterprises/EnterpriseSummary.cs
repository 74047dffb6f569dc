namespace SafetyPortal.Platform.Enterprises;

/// <summary>What other modules need to know of an enterprise (an organization unit of kind Enterprise).</summary>
/// <param name="GridOfficerId">The safety officer (网格员) of the enterprise's grid; null when it is in no grid or its grid has
/// no officer. Whether that user still holds the SafetyOfficer role is for the reader to check.</param>
public sealed record EnterpriseSummary(
    Guid Id,
    Guid? TenantId,
    string Name,
    string? CreditCode,
    string? IndustryCode,
    KeySites KeySites,
    RegulatoryGrade RegulatoryGrade,
    Guid? GridOfficerId);
