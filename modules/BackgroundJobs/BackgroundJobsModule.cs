using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SafetyPortal.BackgroundJobs.Api;
using SafetyPortal.BackgroundJobs.Application;
using SafetyPortal.BackgroundJobs.Jobs;
using SafetyPortal.Platform.BackgroundJobs;
using SafetyPortal.Platform.Menus;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.Permissions;

namespace SafetyPortal.BackgroundJobs;

/// <summary>The jobs page: what the scheduler holds, when it fires next, how the last runs went; and the nightly purge of old run records.</summary>
public sealed class BackgroundJobsModule : PortalModule
{
    /// <summary>03:30 China time, after midnight's work and before the morning's.</summary>
    public const string PurgeSchedule = "0 30 3 * * ?";

    public override string Name => "BackgroundJobs";

    public override void ConfigureServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ListBackgroundJobs>();
        builder.Services.AddScoped<ListJobRuns>();
        builder.Services.AddRecurringJob<PurgeOldJobRunsJob>("PurgeOldJobRuns.Nightly", PurgeSchedule);
    }

    public override void DefinePermissions(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(BackgroundJobsPermissions.GroupName, "Permission:BackgroundJobs", typeof(BackgroundJobsResource));
        var jobs = group.AddPermission(BackgroundJobsPermissions.Jobs.Default, "Permission:Jobs", MultiTenancySides.Host);
        jobs.AddChild(BackgroundJobsPermissions.Jobs.Trigger, "Permission:Jobs.Trigger");
        group.AddPermission(BackgroundJobsPermissions.Runs.Default, "Permission:Runs", MultiTenancySides.Both);
    }

    public override void ConfigureMenu(MenuBuilder menu) =>
        menu.Add(new MenuItem("BackgroundJobs.Jobs", "Menu:Jobs", typeof(BackgroundJobsResource),
            "/BackgroundJobs/Jobs", "bi-clock-history", 960, BackgroundJobsPermissions.Runs.Default));

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapBackgroundJobsApi();
}
