using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace SafetyPortal.Inspections.Checks;

/// <summary>
/// Serves the checklist service worker (wwwroot/checklist-sw.js) from inside the scope it controls: a worker served from
/// /_content/... could only control /_content/. Its scope is /Inspections/Checks, the list of one's inspections included,
/// one level above the script, which the Service-Worker-Allowed header permits. No-cache, so a changed script reaches
/// phones at their next visit.
/// </summary>
public static class ChecklistServiceWorker
{
    public const string Path = "/Inspections/Checks/checklist-sw.js";
    public const string Scope = "/Inspections/Checks";

    /// <summary>The module's static web asset, from the build's manifest or, published, from wwwroot.</summary>
    private const string Asset = "_content/SafetyPortal.Inspections/checklist-sw.js";

    public static IEndpointRouteBuilder MapChecklistServiceWorker(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, (IWebHostEnvironment environment, HttpContext context) =>
            {
                var file = environment.WebRootFileProvider.GetFileInfo(Asset);
                if (!file.Exists)
                {
                    return Results.NotFound();
                }
                context.Response.Headers.CacheControl = "no-cache";
                context.Response.Headers["Service-Worker-Allowed"] = Scope;
                return Results.Stream(file.CreateReadStream(), "text/javascript; charset=utf-8", lastModified: file.LastModified);
            })
            .AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }
}
