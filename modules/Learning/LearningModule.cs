using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SafetyPortal.Learning.Api;
using SafetyPortal.Learning.Application;
using SafetyPortal.Learning.Seeding;
using SafetyPortal.Learning.Compliance;
using SafetyPortal.Learning.Plans;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Learning;
using SafetyPortal.Platform.Menus;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.Permissions;
using SafetyPortal.Platform.Seeding;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Learning;

/// <summary>全员培训: courses, studying with heartbeats, the credit-hour ledger (and, by another hand, training plans).</summary>
public sealed class LearningModule : PortalModule
{
    public override string Name => "Learning";

    public override void ConfigureServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<LessonBodies>();
        services.TryAddSingleton<LearningClock>();
        services.AddScoped<CourseScope>();
        services.AddScoped<ReadCourses>();
        services.AddScoped<ManageCourses>();
        services.AddScoped<ManageLessons>();
        services.AddScoped<CourseMedia>();
        services.AddScoped<ReadStudy>();
        services.AddScoped<StudyLessons>();
        services.AddScoped<ReadLedger>();
        services.AddScoped<ICreditHourLedger, CreditHourLedger>();
        services.AddScoped<IRelatedCourses, RelatedCourses>();
        services.AddScoped<IDataSeedContributor, LearningDemoSeedContributor>();
        services.AddTrainingPlans();
        Statistics.StatisticsServices.AddTrainingStatistics(services);
    }

    public override void DefinePermissions(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(LearningPermissions.GroupName, "Permission:Learning", typeof(LearningResource));
        group.AddPermission(LearningPermissions.Courses.Default, "Permission:Courses", MultiTenancySides.Both)
            .GrantByDefaultTo(PortalRoles.BureauInspector, PortalRoles.TownAdmin, PortalRoles.TownInspector, PortalRoles.SafetyOfficer,
                PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager, PortalRoles.Employee)
            .AddChild(LearningPermissions.Courses.Manage, "Permission:Courses.Manage")
            .GrantByDefaultTo(PortalRoles.TownAdmin, PortalRoles.SafetyOfficer, PortalRoles.EnterpriseSafetyManager);
        TrainingPlanServices.DefinePermissions(group);
    }

    public override void DefineSettings(SettingDefinitionContext context)
    {
        context.Add(new SettingDefinition(LearningSettings.MaxCoverMegabytes, "5", "Setting:MaxCoverMegabytes", typeof(LearningResource),
            SettingLevels.Global | SettingLevels.Town, SettingValueType.WholeNumber));
        context.Add(new SettingDefinition(LearningSettings.MaxVideoMegabytes, "500", "Setting:MaxVideoMegabytes", typeof(LearningResource),
            SettingLevels.Global | SettingLevels.Town, SettingValueType.WholeNumber));
        context.Add(new SettingDefinition(LearningSettings.MaxDocumentMegabytes, "50", "Setting:MaxDocumentMegabytes", typeof(LearningResource),
            SettingLevels.Global | SettingLevels.Town, SettingValueType.WholeNumber));
        ComplianceSettings.Define(context);
    }

    public override void ConfigureMenu(MenuBuilder menu)
    {
        menu.Add(new MenuItem("Learning.Catalogue", "Menu:Catalogue", typeof(LearningResource),
            "/Learning/Catalogue", "bi-mortarboard", 300, LearningPermissions.Courses.Default));
        menu.Add(new MenuItem("Learning.Ledger", "Menu:Ledger", typeof(LearningResource),
            "/Learning/Ledger", "bi-journal-check", 310, LearningPermissions.Courses.Default));
        menu.Add(new MenuItem("Learning.Courses", "Menu:Courses", typeof(LearningResource),
            "/Learning/Courses", "bi-collection-play", 320, LearningPermissions.Courses.Manage));
        TrainingPlanMenus.Add(menu);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCoursesApi();
        endpoints.MapMediaApi();
        endpoints.MapStudyApi();
        endpoints.MapTrainingPlanApis();
    }
}
