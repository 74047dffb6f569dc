using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Localization;
using Scalar.AspNetCore;
using SafetyPortal.Platform.Auditing;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.MultiTenancy;
using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace SafetyPortal.Web.Hosting;

/// <summary>The host: pages and theme, languages, API conventions, logs, health, OpenAPI.</summary>
public static class PortalWebExtensions
{
    public static readonly CultureInfo[] Cultures = [new("zh-CN"), new("en")];

    public static IHostApplicationBuilder AddPortalWeb(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        // Modules' static files (/_content/<assembly>/..., e.g. the Workflows designer bundle) come from the build's
        // static-web-assets manifest in every environment, not only Development (tests run as "Testing"); a published
        // app has them in wwwroot and no manifest, where this does nothing.
        (builder as WebApplicationBuilder)?.WebHost.UseStaticWebAssets();
        services.AddSerilog((_, logger) => ConfigureLogging(logger, builder.Configuration));
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddRazorPages().AddViewLocalization().AddDataAnnotationsLocalization(options =>
            options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(SharedResource)));
        services.AddScoped<SafetyPortal.Platform.Seeding.IDataSeedContributor, DemoData.DemoAccountsSeedContributor>();
        // Chinese text goes out as UTF-8, not as &#x...; entities.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddProblemDetails();
        services.AddExceptionHandler<ApiExceptionHandler>();
        // Enums travel as their names ("ConfinedSpace, CombustibleDust"), which API clients can read and write.
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Login";
            options.AccessDeniedPath = "/Status/403";
            options.Cookie.Name = "SafetyPortal.Auth";
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = ApiAwareRedirect(StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = ApiAwareRedirect(StatusCodes.Status403Forbidden);
        });
        services.AddAntiforgery(options => options.Cookie.Name = "SafetyPortal.Antiforgery");
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            options.SupportedCultures = Cultures;
            options.SupportedUICultures = Cultures;
            // Chinese first for everyone: the browser's Accept-Language does not switch the portal to English.
            options.RequestCultureProviders = [new QueryStringRequestCultureProvider(), new CookieRequestCultureProvider()];
        });
        return builder;
    }

    public static WebApplication UsePortalWeb(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options => options.GetLevel = RequestLogLevel.Of);
        // Outside the exception handlers: the audit entry gets the status the client received.
        app.UsePortalAuditing();
        app.UseWhen(IsApi, api => api.UseExceptionHandler().UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), ui => ui
            .UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/Error",
                StatusCodeSelector = ex => ex switch
                {
                    EntityNotFoundException => StatusCodes.Status404NotFound,
                    SafetyPortal.Platform.Application.ForbiddenException => StatusCodes.Status403Forbidden,
                    _ => StatusCodes.Status500InternalServerError,
                },
            })
            .UseStatusCodePagesWithReExecute("/Status/{0}"));
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseMiddleware<MultiTenancyMiddleware>();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapRazorPages();
        foreach (var module in app.Services.GetRequiredService<ModuleCatalog>().Modules)
        {
            module.MapEndpoints(app);
        }
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(DatabaseReadyHealthCheck.ReadyTag) });
        app.MapOpenApi();
        app.MapScalarApiReference("/api-docs");
        return app;
    }

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    private static Func<Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>, Task> ApiAwareRedirect(int apiStatus) =>
        context =>
        {
            if (IsApi(context.HttpContext))
            {
                context.Response.StatusCode = apiStatus;
            }
            else
            {
                context.Response.Redirect(context.RedirectUri);
            }
            return Task.CompletedTask;
        };

    private static void ConfigureLogging(LoggerConfiguration logger, IConfiguration configuration)
    {
        logger.ReadFrom.Configuration(configuration).Enrich.FromLogContext()
            // PortalHost reports a failed start in one line of its own; the host's copy would repeat it with a stack trace.
            .MinimumLevel.Override("Microsoft.Extensions.Hosting.Internal.Host", LogEventLevel.Fatal);
        if (configuration.GetValue<bool>("Logging:Json"))
        {
            logger.WriteTo.Console(new RenderedCompactJsonFormatter());
        }
        else
        {
            logger.WriteTo.Console(formatProvider: CultureInfo.InvariantCulture);
        }
    }
}
