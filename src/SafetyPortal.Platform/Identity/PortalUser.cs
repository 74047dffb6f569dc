using Microsoft.AspNetCore.Identity;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Platform.Identity;

/// <summary>A person who signs in: bureau staff (no TenantId) or a user of one town. User names are unique per town.</summary>
public class PortalUser : IdentityUser<Guid>, IMultiTenant, IHasCreationTime
{
    public Guid? TenantId { get; set; }

    /// <summary>The name shown in the top bar and in lists.</summary>
    public string DisplayName { get; set; } = "";

    public bool IsActive { get; set; } = true;

    /// <summary>
    /// 居民身份证号 (GB 11643), 18 characters with an upper-case X check character; unique within the town.
    /// Staff imports match people by it. Personal data: show it masked (320583********1234).
    /// </summary>
    public string? IdCardNumber { get; set; }

    public DateTime CreationTime { get; set; }
}
