using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Organization.Domain;

/// <summary>A town or district (镇区): one tenant of the portal, run by its own administrators.</summary>
public class Tenant : AggregateRoot
{
    public const int MaxNameLength = 64;
    public const int MaxCodeLength = 32;

    /// <summary>Lower-case letters, digits and hyphens; used in sub-domains and the __tenant key.</summary>
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public bool IsActive { get; set; } = true;

    /// <summary>Optional separate database for this town; null means the shared one.</summary>
    public string? ConnectionString { get; set; }
}
