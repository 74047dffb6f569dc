using Microsoft.EntityFrameworkCore;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Organization.Application;

/// <summary>The enterprises of the current town (the town filter applies).</summary>
public sealed class ListEnterprises(PortalDbContext db)
{
    public Task<PagedResult<EnterpriseDto>> ExecuteAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        var query = db.Set<OrganizationUnit>().AsNoTracking().Where(u => u.Kind == OrganizationUnitKind.Enterprise);
        if (request.SearchText is { } search)
        {
            query = query.Where(u => u.DisplayName.Contains(search));
        }
        return query.OrderBy(u => u.Code)
            .Select(u => new EnterpriseDto(u.Id, u.Code, u.DisplayName))
            .ToPagedResultAsync(request, cancellationToken);
    }
}
