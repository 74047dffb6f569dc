using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace SafetyPortal.Platform.MultiTenancy;

/// <summary>Sets ICurrentTenant for the request; an unknown or disabled town is a 404 ProblemDetails.</summary>
public sealed class MultiTenancyMiddleware(
    ICurrentTenant currentTenant,
    ITenantStore tenantStore,
    IProblemDetailsService problemDetails,
    IStringLocalizer<PlatformResource> localizer) : IMiddleware
{
    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        var hint = TenantResolver.Resolve(context);
        if (hint.IsHost)
        {
            context.Features.Set(new RequestTenantFeature(null, null));
            using (currentTenant.Change(null))
            {
                await next(context);
            }
            return;
        }
        var tenant = hint.Id is { } id
            ? await tenantStore.FindByIdAsync(id, context.RequestAborted)
            : await tenantStore.FindByCodeAsync(hint.Code!, context.RequestAborted);
        if (tenant is null || !tenant.IsActive)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.Cookies.Delete(MultiTenancyConstants.TenantKey);
            await problemDetails.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails =
                {
                    Status = StatusCodes.Status404NotFound,
                    Title = localizer["TenantNotFound"],
                    Detail = localizer["TenantNotFoundDetail", hint.Code ?? hint.Id.ToString()!],
                },
            });
            return;
        }
        context.Features.Set(new RequestTenantFeature(tenant.Id, tenant.Name));
        using (currentTenant.Change(tenant.Id, tenant.Name))
        {
            await next(context);
        }
    }
}
