using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace SafetyPortal.Platform.MultiTenancy;

/// <summary>
/// Sets ICurrentTenant for the request. A signed-in user works in the town of their sign-in; a request
/// that names another town answers 403. An unknown or disabled town is a 404. Both as ProblemDetails.
/// </summary>
public sealed class MultiTenancyMiddleware(
    ICurrentTenant currentTenant,
    ITenantStore tenantStore,
    TenantResolver resolver,
    IProblemDetailsService problemDetails,
    IStringLocalizer<PlatformResource> localizer) : IMiddleware
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var hint = TenantResolver.FromClaim(context) ?? resolver.ForVisitor(context);
        var tenant = hint.IsHost
            ? null
            : hint.Id is { } id
                ? await tenantStore.FindByIdAsync(id, context.RequestAborted)
                : await tenantStore.FindByCodeAsync(hint.Code!, context.RequestAborted);
        if (!hint.IsHost && tenant is not { IsActive: true })
        {
            context.Response.Cookies.Delete(MultiTenancyConstants.TenantKey);
            await RefuseAsync(context, StatusCodes.Status404NotFound, localizer["TenantNotFound"], localizer["TenantNotFoundDetail", hint.Code ?? hint.Id.ToString()!]);
            return;
        }
        if (context.User.Identity?.IsAuthenticated == true && resolver.ExplicitCode(context) is { } named && named != tenant?.Code)
        {
            await RefuseAsync(context, StatusCodes.Status403Forbidden, localizer["TenantMismatch"], localizer["TenantMismatchDetail", named]);
            return;
        }
        // The audit log reads the request's town after the request has run, when this scope has ended.
        context.Features.Set(new RequestTenantFeature(tenant?.Id, tenant?.Name));
        using (currentTenant.Change(tenant?.Id, tenant?.Name))
        {
            await next(context);
        }
    }

    private ValueTask RefuseAsync(HttpContext context, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return problemDetails.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        });
    }
}
