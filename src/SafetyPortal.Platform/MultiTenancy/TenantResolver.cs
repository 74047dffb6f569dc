using Microsoft.AspNetCore.Http;

namespace SafetyPortal.Platform.MultiTenancy;

/// <summary>
/// Finds the town a request is for. A signed-in user works in the town of their sign-in claim;
/// a visitor names the town by the __tenant header, query string or cookie, in that order.
/// </summary>
public static class TenantResolver
{
    public static TenantHint Resolve(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            var claim = context.User.FindFirst(MultiTenancyConstants.TenantIdClaim)?.Value;
            return Guid.TryParse(claim, out var id) ? TenantHint.ById(id) : TenantHint.Host;
        }
        var key = MultiTenancyConstants.TenantKey;
        var code = context.Request.Headers[key].FirstOrDefault()
            ?? context.Request.Query[key].FirstOrDefault()
            ?? context.Request.Cookies[key];
        return string.IsNullOrWhiteSpace(code) ? TenantHint.Host : TenantHint.ByCode(code.Trim());
    }
}
