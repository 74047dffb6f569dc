namespace SafetyPortal.Platform.MultiTenancy;

/// <summary>Looks towns up by code or id; implemented by the Organization module.</summary>
public interface ITenantStore
{
    Task<TenantInfo?> FindByCodeAsync(string code, CancellationToken cancellationToken = default);
    Task<TenantInfo?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<TenantInfo>> GetActiveAsync(CancellationToken cancellationToken = default);
}
