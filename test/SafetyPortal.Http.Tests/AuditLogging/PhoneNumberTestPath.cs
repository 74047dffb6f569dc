using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Http.Tests.AuditLogging;

/// <summary>
/// A write path only the audit tests have, because no screen sets a phone number yet (user management comes with
/// the identity issue). It runs behind the real pipeline (audit, sign-in, town) and, like a use case with a unit of
/// work of its own, sets the number through UserManager in a service scope it opens:
/// POST /test-only/phone-number?user=NAME&amp;phone=NUMBER, in the signed-in user's town.
/// </summary>
internal sealed class PhoneNumberTestPath : IStartupFilter
{
    public const string Path = "/test-only/phone-number";

    // After the portal's pipeline: a path no endpoint claims falls through to here, inside every portal middleware.
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);
        app.Map(Path, branch => branch.Run(SetPhoneNumberAsync));
    };

    private static async Task SetPhoneNumberAsync(HttpContext context)
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.User.Identity?.IsAuthenticated != true)
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return;
        }
        await using var scope = context.RequestServices.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByNameAsync(context.Request.Query["user"].ToString());
        if (user is null)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }
        var result = await users.SetPhoneNumberAsync(user, context.Request.Query["phone"].ToString());
        context.Response.StatusCode = result.Succeeded ? StatusCodes.Status204NoContent : StatusCodes.Status400BadRequest;
    }
}
