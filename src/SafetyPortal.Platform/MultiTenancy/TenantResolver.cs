using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace SafetyPortal.Platform.MultiTenancy;

/// <summary>
/// Finds the town a request names, in order: the signed-in user's claim, the host name
/// (MultiTenancy:DomainFormat), then the __tenant header, query string and cookie.
/// </summary>
public sealed class TenantResolver(IOptions<MultiTenancyOptions> options)
{
    private readonly Regex? _domain = string.IsNullOrWhiteSpace(options.Value.DomainFormat)
        ? null
        : new Regex("^" + Regex.Escape(options.Value.DomainFormat).Replace(@"\{0}", "(?<code>[a-z0-9-]+)", StringComparison.Ordinal) + "$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    /// <summary>The town of the signed-in user, or null for a visitor; Host for bureau staff.</summary>
    public static TenantHint? FromClaim(HttpContext context)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return null;
        }
        var claim = context.User.FindFirst(MultiTenancyConstants.TenantIdClaim)?.Value;
        return Guid.TryParse(claim, out var id) ? TenantHint.ById(id) : TenantHint.Host;
    }

    /// <summary>The town the request itself names (host name, header, query), ignoring the user; null when it names none.</summary>
    public string? ExplicitCode(HttpContext context)
    {
        if (_domain?.Match(context.Request.Host.Host) is { Success: true } match)
        {
            return match.Groups["code"].Value.ToLowerInvariant();
        }
        var key = MultiTenancyConstants.TenantKey;
        var code = context.Request.Headers[key].FirstOrDefault() ?? context.Request.Query[key].FirstOrDefault();
        return string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToLowerInvariant();
    }

    /// <summary>What a visitor's request names: explicitly, else by the cookie the login page remembers.</summary>
    public TenantHint ForVisitor(HttpContext context)
    {
        var code = ExplicitCode(context) ?? context.Request.Cookies[MultiTenancyConstants.TenantKey];
        return string.IsNullOrWhiteSpace(code) ? TenantHint.Host : TenantHint.ByCode(code.Trim());
    }
}
