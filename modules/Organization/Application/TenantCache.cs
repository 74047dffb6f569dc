using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Caching;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Organization.Application;

/// <summary>
/// Towns by id and by code across requests (every request of a town resolves it). A town changed on this node counts
/// at once; a town switched off on another node is refused here within <see cref="Lifetime"/>.
/// </summary>
internal sealed class TenantCache(EntityGenerations generations)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public GenerationCache<string, TenantInfo?> Towns { get; } = new(generations, typeof(Tenant), Lifetime);
}
