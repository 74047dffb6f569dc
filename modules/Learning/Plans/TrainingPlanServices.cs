using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Learning.Compliance;
using SafetyPortal.Learning.Tracking;
using SafetyPortal.Platform.BackgroundJobs;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Learning;
using SafetyPortal.Platform.Permissions;

namespace SafetyPortal.Learning.Plans;

/// <summary>Services and permissions of training plans, compliance and tracking (kept apart from the course side of the module).</summary>
public static class TrainingPlanServices
{
    public static IServiceCollection AddTrainingPlans(this IServiceCollection services)
    {
        services.AddScoped<PlanAccess>();
        services.AddScoped<PlanValidation>();
        services.AddScoped<PlanConditions>();
        services.AddScoped<ManagePlans>();
        services.AddScoped<TownStaff>();
        services.AddScoped<ITrainingAudienceStaff, TrainingAudienceStaff>();
        services.AddScoped<ProgressRefresh>();
        services.AddScoped<TrainingCoverage>();
        services.AddScoped<EnrolAudience>();
        services.AddScoped<TrackingScope>();
        services.AddScoped<ReadTracking>();
        services.AddScoped<RemindLearners>();
        services.AddScoped<TrackingExport>();
        services.AddScoped<ReadMyLearning>();
        services.AddScoped<ReadCompliance>();
        services.AddScoped<ITrainingPlanCompletion, TrainingPlanCompletion>();
        services.AddRecurringJob<EnrolmentJob>(EnrolmentJob.ScheduleName, EnrolmentJob.Schedule);
        return services;
    }

    public static void DefinePermissions(PermissionGroupDefinition group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.AddPermission(LearningPermissions.Plans.Default, "Permission:Plans", MultiTenancySides.Both)
            .GrantByDefaultTo(PortalRoles.BureauInspector, PortalRoles.TownAdmin, PortalRoles.TownInspector, PortalRoles.SafetyOfficer,
                PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager)
            .AddChild(LearningPermissions.Plans.Manage, "Permission:Plans.Manage")
            .GrantByDefaultTo(PortalRoles.TownAdmin, PortalRoles.SafetyOfficer, PortalRoles.EnterpriseSafetyManager);
        group.AddPermission(LearningPermissions.Tracking.Default, "Permission:Tracking", MultiTenancySides.Both)
            .GrantByDefaultTo(PortalRoles.BureauInspector, PortalRoles.TownAdmin, PortalRoles.TownInspector, PortalRoles.SafetyOfficer,
                PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager)
            .AddChild(LearningPermissions.Tracking.Manage, "Permission:Tracking.Manage", MultiTenancySides.Tenant)
            .GrantByDefaultTo(PortalRoles.TownAdmin, PortalRoles.SafetyOfficer, PortalRoles.EnterpriseSafetyManager);
    }
}
