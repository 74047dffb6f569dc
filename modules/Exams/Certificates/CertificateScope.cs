using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Permissions;

namespace SafetyPortal.Exams.Certificates;

/// <summary>
/// Which certificates the signed-in user reaches: their own; with Exams.Manage, every certificate of their town (the
/// town filter keeps other towns' out: 404), and on the bureau side every town's (the bureau supervises them, an
/// explicit crossing of the town filter).
/// </summary>
public sealed class CertificateScope(PortalDbContext db, ICurrentTenant tenant, IHttpContextAccessor http, IPermissionChecker permissions)
{
    private ClaimsPrincipal User => http.HttpContext?.User ?? throw new ForbiddenException("Not signed in.");

    public Guid UserId => Guid.TryParse(User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : throw new ForbiddenException("Not signed in.");

    public bool IsBureau => !tenant.IsAvailable;

    public IQueryable<Certificate> Mine()
    {
        var userId = UserId;
        return db.Set<Certificate>().Where(c => c.UserId == userId);
    }

    public IQueryable<Certificate> Managed() => IsBureau ? db.Set<Certificate>().IgnoreQueryFilters() : db.Set<Certificate>();

    public Task<bool> CanManageAsync() => permissions.IsGrantedAsync(User, ExamsPermissions.Exams.Manage);

    /// <summary>One certificate its holder or a manager may read; 404 for anyone else.</summary>
    public async Task<Certificate> FindReadableAsync(Guid id, CancellationToken cancellationToken)
    {
        var query = await CanManageAsync() ? Managed() : Mine();
        return await query.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(Certificate), id);
    }
}
