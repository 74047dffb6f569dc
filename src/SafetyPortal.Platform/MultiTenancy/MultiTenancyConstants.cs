namespace SafetyPortal.Platform.MultiTenancy;

public static class MultiTenancyConstants
{
    /// <summary>Header, query-string and cookie key that names the town by code.</summary>
    public const string TenantKey = "__tenant";

    /// <summary>Claim carried in the sign-in cookie.</summary>
    public const string TenantIdClaim = "tenantid";
}
