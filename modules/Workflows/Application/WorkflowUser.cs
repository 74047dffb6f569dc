using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace SafetyPortal.Workflows.Application;

/// <summary>The signed-in user as the engine sees them: user name (what assignees name), id and roles (candidate groups).</summary>
public sealed class WorkflowUser(IHttpContextAccessor http)
{
    private ClaimsPrincipal? Principal => http.HttpContext?.User;

    /// <summary>The user name, or "system" for work no person started (jobs, seeding).</summary>
    public string Name => Principal?.Identity?.IsAuthenticated == true ? Principal.Identity.Name ?? "system" : "system";

    public Guid? Id => Guid.TryParse(Principal?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public IReadOnlyList<string> Roles => Principal?.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList() ?? [];
}
