using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Application;

/// <summary>
/// Which risk points the signed-in user reaches: the town's (filtered by the kernel) and, for enterprise staff,
/// only those of their own enterprises (the Organization module says which, through IEnterpriseDirectory).
/// </summary>
public sealed class RiskPointScope(PortalDbContext db, IEnterpriseDirectory directory, IHttpContextAccessor http, IStringLocalizer<RisksResource> text)
{
    private IReadOnlyList<Guid>? _enterprises;
    private bool _resolved;

    /// <summary>The enterprises the user may see, or null for the whole town.</summary>
    public async Task<IReadOnlyList<Guid>?> VisibleEnterprisesAsync(CancellationToken cancellationToken)
    {
        if (!_resolved)
        {
            _enterprises = await directory.GetVisibleEnterpriseIdsAsync(cancellationToken);
            _resolved = true;
        }
        return _enterprises;
    }

    public async Task<IQueryable<RiskPoint>> PointsAsync(CancellationToken cancellationToken)
    {
        var enterprises = await VisibleEnterprisesAsync(cancellationToken);
        return enterprises is null ? db.Set<RiskPoint>() : db.Set<RiskPoint>().Where(p => enterprises.Contains(p.EnterpriseId));
    }

    public async Task<RiskPoint> FindAsync(Guid id, bool withMeasures, CancellationToken cancellationToken)
    {
        var points = await PointsAsync(cancellationToken);
        if (withMeasures)
        {
            points = points.Include(p => p.Measures);
        }
        return await points.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new EntityNotFoundException(typeof(RiskPoint), id);
    }

    /// <summary>The enterprise a new point is reported for: the one named (if the user may see it), or the user's only one.</summary>
    public async Task<Guid?> EnterpriseForReportAsync(Guid? requested, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var visible = await VisibleEnterprisesAsync(cancellationToken);
        if (requested is null)
        {
            if (visible is { Count: 1 })
            {
                return visible[0];
            }
            errors.Add(nameof(SaveRiskPointRequest.EnterpriseId), text["FieldRequired"]);
            return null;
        }
        var known = visible is null
            ? (await directory.GetAsync([requested.Value], cancellationToken)).ContainsKey(requested.Value)
            : visible.Contains(requested.Value);
        if (!known)
        {
            errors.Add(nameof(SaveRiskPointRequest.EnterpriseId), text["EnterpriseUnknown"]);
            return null;
        }
        return requested;
    }

    /// <summary>Who acts, for the history.</summary>
    public (Guid? Id, string? Name) CurrentUser()
    {
        var user = http.HttpContext?.User;
        var id = Guid.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : (Guid?)null;
        return (id, user?.FindFirstValue(PortalClaimTypes.DisplayName) ?? user?.Identity?.Name);
    }
}
