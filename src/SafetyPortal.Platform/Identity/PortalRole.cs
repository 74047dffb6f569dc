using Microsoft.AspNetCore.Identity;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Platform.Identity;

/// <summary>A role of the bureau (no TenantId) or of one town. Role names are unique per town.</summary>
public class PortalRole : IdentityRole<Guid>, IMultiTenant
{
    public Guid? TenantId { get; set; }
}
