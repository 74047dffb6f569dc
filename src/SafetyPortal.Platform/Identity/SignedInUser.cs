using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Permissions;

namespace SafetyPortal.Platform.Identity;

/// <summary>
/// The signed-in user of the current request as modules' use cases need them: id, name, town, permissions, and the
/// enterprises they belong to or see. Scoped; one per request.
/// </summary>
public sealed class SignedInUser(IHttpContextAccessor http, ICurrentTenant tenant, IEnterpriseDirectory directory, IPermissionChecker permissions)
{
    private IReadOnlyList<Guid>? _visible;
    private bool _visibleResolved;

    public Guid? TenantId => tenant.Id;

    public Guid Id => Guid.TryParse(http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
        ? id
        : throw new ForbiddenException("Not signed in.");

    public string? Name => http.HttpContext?.User.Identity?.Name;

    public Task<bool> IsGrantedAsync(string permission) => http.HttpContext?.User is { } principal
        ? permissions.IsGrantedAsync(principal, permission)
        : Task.FromResult(false);

    /// <summary>The enterprises the user may see: null for the whole town (town staff) or on the host.</summary>
    public async Task<IReadOnlyList<Guid>?> VisibleEnterprisesAsync(CancellationToken cancellationToken)
    {
        if (!_visibleResolved)
        {
            _visible = tenant.Id is null ? null : await directory.GetVisibleEnterpriseIdsAsync(cancellationToken);
            _visibleResolved = true;
        }
        return _visible;
    }
}
