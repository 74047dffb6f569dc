using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Articles.MustRead;

/// <summary>The signed-in user as must-read needs them: id, town, and the enterprises they see (null: the whole town).</summary>
public sealed class MustReadUser(IHttpContextAccessor http, ICurrentTenant tenant, IEnterpriseDirectory directory)
{
    private IReadOnlyList<Guid>? _visible;
    private bool _resolved;

    public Guid? TenantId => tenant.Id;

    public Guid Id => Guid.TryParse(http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
        ? id
        : throw new ForbiddenException("Not signed in.");

    public async Task<IReadOnlyList<Guid>?> VisibleEnterprisesAsync(CancellationToken cancellationToken)
    {
        if (!_resolved)
        {
            _visible = await directory.GetVisibleEnterpriseIdsAsync(cancellationToken);
            _resolved = true;
        }
        return _visible;
    }
}
