using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Platform.Settings;

/// <summary>The scope of the current request: its town, the signed-in user's enterprise, and the user.</summary>
public sealed class CurrentSettingScope(ICurrentTenant currentTenant, IHttpContextAccessor http, IServiceProvider services)
{
    private SettingScope? _scope;

    public async Task<SettingScope> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_scope is not null)
        {
            return _scope;
        }
        Guid? userId = Guid.TryParse(http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
        Guid? enterpriseId = null;
        if (userId is { } user && services.GetService<IUserOrganizationUnitLookup>() is { } lookup)
        {
            enterpriseId = (await lookup.GetForUserAsync(user, cancellationToken)).Select(u => u.EnterpriseId).FirstOrDefault(e => e is not null);
        }
        return _scope = new SettingScope(currentTenant.Id, enterpriseId, userId);
    }
}
