using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Permissions;

namespace SafetyPortal.Identity.Application.Account;

/// <summary>
/// Who is signed in, in which town, in which organization units, with which roles and permissions.
/// Organization units come from IUserOrganizationUnitLookup when a module provides one; without it the list is empty.
/// </summary>
public sealed class CurrentUserProfile(
    UserManager<PortalUser> users,
    ICurrentTenant currentTenant,
    ITenantStore tenants,
    IPermissionChecker permissions,
    IServiceProvider services)
{
    public async Task<MeDto> GetAsync(ClaimsPrincipal principal, CancellationToken cancellationToken = default)
    {
        var id = Guid.TryParse(principal.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : Guid.Empty;
        var user = await users.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(PortalUser), id);
        TenantSummaryDto? tenant = null;
        if (currentTenant.Id is { } tenantId && await tenants.FindByIdAsync(tenantId, cancellationToken) is { } town)
        {
            tenant = new TenantSummaryDto(town.Id, town.Code, town.Name);
        }
        var units = services.GetService<IUserOrganizationUnitLookup>() is { } lookup
            ? await lookup.GetForUserAsync(user.Id, cancellationToken)
            : [];
        return new MeDto(
            user.Id,
            user.UserName ?? "",
            user.DisplayName,
            user.PhoneNumber,
            user.TwoFactorEnabled,
            tenant,
            units,
            [.. principal.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal)],
            await permissions.GetGrantedAsync(principal),
            principal.ImpersonatorId() is { } impersonator ? new ImpersonatorDto(impersonator, principal.ImpersonatorName() ?? "") : null);
    }
}
