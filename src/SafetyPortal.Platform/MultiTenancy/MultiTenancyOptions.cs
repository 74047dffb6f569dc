namespace SafetyPortal.Platform.MultiTenancy;

/// <summary>The "MultiTenancy" configuration section.</summary>
public sealed class MultiTenancyOptions
{
    public const string Section = "MultiTenancy";

    /// <summary>
    /// Host names that name a town, with {0} standing for the town code, e.g. "{0}.safety.example.gov.cn".
    /// Empty (default): towns are not resolved from the host name.
    /// </summary>
    public string? DomainFormat { get; set; }
}
