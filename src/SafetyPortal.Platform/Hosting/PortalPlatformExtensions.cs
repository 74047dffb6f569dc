using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SafetyPortal.Platform.BackgroundJobs;
using SafetyPortal.Platform.Auditing;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Files;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Menus;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Permissions;
using SafetyPortal.Platform.Seeding;
using SafetyPortal.Platform.Settings;
using SafetyPortal.Platform.Text;
using SafetyPortal.Platform.Sms;

namespace SafetyPortal.Platform.Hosting;

public static class PortalPlatformExtensions
{
    /// <summary>Shared by every node of a cluster, so cookies and antiforgery tokens are readable on all of them.</summary>
    public const string ApplicationName = "SafetyPortal";

    /// <summary>The kernel: database, towns, identity, permissions, settings, menus, audit log, seeding, background jobs.</summary>
    public static IHostApplicationBuilder AddPortalPlatform(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var catalog = new ModuleCatalog();
        builder.Properties[typeof(ModuleCatalog)] = catalog;
        services.AddSingleton(catalog);

        builder.AddPortalDatabase();
        services.AddSingleton<ICurrentTenant, CurrentTenant>();
        services.AddScoped<MultiTenancyMiddleware>();
        services.AddSingleton<TenantResolver>();
        services.Configure<MultiTenancyOptions>(builder.Configuration.GetSection(MultiTenancyOptions.Section));

        services.AddIdentity<PortalUser, PortalRole>(options =>
            {
                // At least 6 characters with a digit, a lower-case and an upper-case letter and a symbol, 4 of them
                // different (the demo password 1q2w3E* passes). Identity:Password:* in configuration tightens it.
                options.Password.RequiredLength = 6;
                options.Password.RequiredUniqueChars = 4;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                options.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddClaimsPrincipalFactory<PortalUserClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();
        services.Configure<IdentityOptions>(builder.Configuration.GetSection("Identity"));
        services.AddScoped<ISecurityStampValidator, TownAwareSecurityStampValidator>();
        // The periodic re-check rebuilds the principal from the user; a bureau user switched into a town stays marked.
        services.Configure<SecurityStampValidatorOptions>(options => options.OnRefreshingPrincipal = context =>
        {
            Impersonation.Carry(context.CurrentPrincipal, context.NewPrincipal);
            return Task.CompletedTask;
        });
        // A gateway registered later (by the host or a module) replaces this one.
        services.TryAddSingleton<ISmsSender, LoggingSmsSender>();
        services.AddPortalFileStore(builder.Configuration);
        services.AddSingleton<Files.Photos.PhotoReader>();
        // Keys live in the database: every node behind the load balancer reads the same ring.
        services.AddDataProtection()
            .SetApplicationName(ApplicationName)
            .PersistKeysToDbContext<PortalDbContext>();

        services.AddSingleton<PermissionDefinitionManager>();
        services.AddSingleton<PermissionGrantCache>();
        services.AddScoped<IPermissionChecker, PermissionChecker>();
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionRequirementHandler>();
        services.AddSingleton<SettingDefinitionManager>();
        services.AddMemoryCache();
        services.AddHttpContextAccessor();
        services.AddScoped<SignedInUser>();
        services.AddScoped<SettingStore>();
        services.AddScoped<CurrentSettingScope>();
        services.AddScoped<ISettingProvider, SettingProvider>();
        services.AddSingleton<MenuCatalog>();
        services.AddSingleton<RichTextSanitizer>();
        services.AddScoped<IMenuProvider, MenuProvider>();
        services.AddSingleton<AuditLogWriter>();

        services.AddScoped<DataSeeder>();
        services.AddScoped<BuiltInRoleSeeding>();
        services.AddScoped<IDataSeedContributor, IdentitySeedContributor>();

        // After AddPortalDatabase: its hosted service migrates before the scheduler is built.
        builder.AddPortalBackgroundJobs();
        return builder;
    }

    /// <summary>Adds a module: its services now; its permissions, settings, menu, model and endpoints through the catalog.</summary>
    public static IHostApplicationBuilder AddModule<TModule>(this IHostApplicationBuilder builder)
        where TModule : PortalModule, new()
    {
        if (!builder.Properties.TryGetValue(typeof(ModuleCatalog), out var value) || value is not ModuleCatalog catalog)
        {
            throw new InvalidOperationException("Call AddPortalPlatform() before AddModule().");
        }
        var module = new TModule();
        catalog.Add(module);
        module.ConfigureServices(builder);
        return builder;
    }
}
