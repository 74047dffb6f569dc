namespace SafetyPortal.Platform.MultiTenancy;

/// <summary>Looks towns up by code or id; implemented by the Organization module.</summary>
public interface ITenantStore
{
    Task<TenantConfiguration?> FindByCodeAsync(string code, CancellationToken cancellationToken = default);
    Task<TenantConfiguration?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<TenantConfiguration>> GetActiveAsync(CancellationToken cancellationToken = default);
}
