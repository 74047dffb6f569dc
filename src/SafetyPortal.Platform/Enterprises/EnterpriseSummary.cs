namespace SafetyPortal.Platform.Enterprises;

/// <summary>What other modules need to know of an enterprise (an organization unit of kind Enterprise).</summary>
public sealed record EnterpriseSummary(
    Guid Id,
    Guid? TenantId,
    string Name,
    string? CreditCode,
    string? IndustryCode,
    KeySites KeySites);
