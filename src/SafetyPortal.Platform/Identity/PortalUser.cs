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

    public DateTime CreationTime { get; set; }
}
