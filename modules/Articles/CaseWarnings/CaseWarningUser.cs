using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Permissions;

namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>The signed-in user as case warnings need them: id, name, town and permissions.</summary>
public sealed class CaseWarningUser(IHttpContextAccessor http, ICurrentTenant tenant, IPermissionChecker permissions)
{
    public Guid? TenantId => tenant.Id;

    public Guid Id => Guid.TryParse(http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
        ? id
        : throw new ForbiddenException("Not signed in.");

    public string? Name => http.HttpContext?.User.Identity?.Name;

    public Task<bool> IsGrantedAsync(string permission) => http.HttpContext?.User is { } principal
        ? permissions.IsGrantedAsync(principal, permission)
        : Task.FromResult(false);
}
