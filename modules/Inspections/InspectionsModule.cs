using System.Globalization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SafetyPortal.Inspections.Checks;
using SafetyPortal.Inspections.Cycles;
using SafetyPortal.Inspections.Hazards;
using SafetyPortal.Inspections.Notices;
using SafetyPortal.Inspections.Photos;
using SafetyPortal.Inspections.WorkOrders;
using SafetyPortal.Platform.BackgroundJobs;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Inspections;
using SafetyPortal.Platform.Menus;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.Permissions;
using SafetyPortal.Platform.Settings;
using SafetyPortal.Platform.Workflows;

namespace SafetyPortal.Inspections;

/// <summary>
/// Inspections on the "1+2+3" cycle and hazards to closure: the cycles a nightly job opens (each task a checklist from the
/// enterprise's risk points and an instance of the inspection-task process), answering and submitting them, coverage;
/// hazards (事故隐患) reported or found, closed through the hazard-closure process, and the registers.
/// </summary>
public sealed class InspectionsModule : PortalModule
{
    public override string Name => "Inspections";

    public override void ConfigureServices(IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<HazardScope>();
        builder.Services.AddScoped<HazardRegister>();
        builder.Services.AddScoped<ReportHazard>();
        builder.Services.AddScoped<HazardExport>();
        builder.Services.AddScoped<HazardPhotos>();
        builder.Services.AddScoped<MajorHazardReport>();
        builder.Services.AddScoped<IEntityStatusHandler, HazardStatusHandler>();
        builder.Services.AddScoped<ChecklistBuilder>();
        builder.Services.AddScoped<CloseInspectionCycles>();
        builder.Services.AddScoped<OpenInspectionCycle>();
        builder.Services.AddScoped<ISettingValueValidator, KeyGradesValidator>();
        builder.Services.AddScoped<InspectionCycles>();
        builder.Services.AddScoped<IEntityStatusHandler, InspectionTaskStatusHandler>();
        builder.Services.AddScoped<InspectionTaskScope>();
        builder.Services.AddScoped<InspectionBoard>();
        builder.Services.AddScoped<InspectionWork>();
        builder.Services.AddScoped<AnswerChecklist>();
        builder.Services.AddScoped<EvidencePhotos>();
        builder.Services.AddScoped<RectificationPhotos>();
        builder.Services.AddScoped<ChecklistPhotos>();
        builder.Services.AddScoped<SubmitInspection>();
        builder.Services.AddScoped<IPerfunctoryInspections, PerfunctoryInspections>();
        builder.Services.AddScoped<EnterpriseSafetyStaff>();
        builder.Services.AddScoped<WorkOrderScope>();
        builder.Services.AddScoped<WorkOrderAnswers>();
        builder.Services.AddScoped<WorkOrderBoard>();
        builder.Services.AddScoped<PushWorkOrders>();
        builder.Services.AddScoped<RemindWorkOrders>();
        builder.Services.AddRecurringJob<WorkOrderRemindersJob>(WorkOrderRemindersJob.ScheduleName, WorkOrderRemindersJob.Schedule);
        builder.Services.AddRecurringJob<OpenInspectionCyclesJob>(OpenInspectionCyclesJob.ScheduleName, OpenInspectionCyclesJob.Schedule);
    }

    public override void DefineSettings(SettingDefinitionContext context)
    {
        context.Add(new SettingDefinition(InspectionsSettings.GeneralRectificationDays,
            InspectionsSettings.DefaultGeneralRectificationDays.ToString(CultureInfo.InvariantCulture),
            "Setting:GeneralRectificationDays", typeof(InspectionsResource), SettingLevels.Global | SettingLevels.Town, SettingValueType.WholeNumber));
        context.Add(new SettingDefinition(InspectionsSettings.MajorRectificationDays,
            InspectionsSettings.DefaultMajorRectificationDays.ToString(CultureInfo.InvariantCulture),
            "Setting:MajorRectificationDays", typeof(InspectionsResource), SettingLevels.Global | SettingLevels.Town, SettingValueType.WholeNumber));
        context.Add(new SettingDefinition(InspectionsSettings.PhotoMaxMegabytes,
            InspectionsSettings.DefaultPhotoMaxMegabytes.ToString(CultureInfo.InvariantCulture),
            "Setting:PhotoMaxMegabytes", typeof(InspectionsResource), SettingLevels.Global | SettingLevels.Town, SettingValueType.WholeNumber));
        Town(context, CycleSettings.SelfCheckMonths, CycleSettings.DefaultSelfCheckMonths, "Setting:SelfCheckMonths");
        Town(context, CycleSettings.PatrolMonths, CycleSettings.DefaultPatrolMonths, "Setting:PatrolMonths");
        Town(context, CycleSettings.InspectionMonths, CycleSettings.DefaultInspectionMonths, "Setting:InspectionMonths");
        Town(context, CycleSettings.PerfunctoryMinutes, CycleSettings.DefaultPerfunctoryMinutes, "Setting:PerfunctoryMinutes");
        context.Add(new SettingDefinition(CycleSettings.KeyByRiskLevel, "true", "Setting:KeyByRiskLevel", typeof(InspectionsResource),
            SettingLevels.Global | SettingLevels.Town, SettingValueType.Boolean));
        context.Add(new SettingDefinition(CycleSettings.KeyBySites, "true", "Setting:KeyBySites", typeof(InspectionsResource),
            SettingLevels.Global | SettingLevels.Town, SettingValueType.Boolean));
        context.Add(new SettingDefinition(CycleSettings.KeyGrades, CycleSettings.DefaultKeyGrades, "Setting:KeyGrades", typeof(InspectionsResource),
            SettingLevels.Global | SettingLevels.Town, DescriptionKey: "Setting:KeyGrades.Description"));
    }

    private static void Town(SettingDefinitionContext context, string name, int fallback, string displayName) =>
        context.Add(new SettingDefinition(name, fallback.ToString(CultureInfo.InvariantCulture), displayName, typeof(InspectionsResource),
            SettingLevels.Global | SettingLevels.Town, SettingValueType.WholeNumber));

    public override void DefinePermissions(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(InspectionsPermissions.GroupName, "Permission:Inspections", typeof(InspectionsResource));
        var hazards = group.AddPermission(InspectionsPermissions.Hazards.Default, "Permission:Hazards", MultiTenancySides.Both)
            .GrantByDefaultTo(PortalRoles.BureauInspector, PortalRoles.TownAdmin, PortalRoles.TownInspector, PortalRoles.SafetyOfficer,
                PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager);
        hazards.AddChild(InspectionsPermissions.Hazards.Report, "Permission:Hazards.Report", MultiTenancySides.Tenant)
            .GrantByDefaultTo(PortalRoles.TownAdmin, PortalRoles.TownInspector, PortalRoles.SafetyOfficer,
                PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager);
        var checks = group.AddPermission(InspectionsPermissions.Checks.Default, "Permission:Checks", MultiTenancySides.Both)
            .GrantByDefaultTo(PortalRoles.BureauInspector, PortalRoles.TownAdmin, PortalRoles.TownInspector, PortalRoles.SafetyOfficer,
                PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager);
        checks.AddChild(InspectionsPermissions.Checks.SelfCheck, "Permission:Checks.SelfCheck", MultiTenancySides.Tenant)
            .GrantByDefaultTo(PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager);
        checks.AddChild(InspectionsPermissions.Checks.Patrol, "Permission:Checks.Patrol", MultiTenancySides.Tenant)
            .GrantByDefaultTo(PortalRoles.SafetyOfficer);
        checks.AddChild(InspectionsPermissions.Checks.Inspect, "Permission:Checks.Inspect", MultiTenancySides.Tenant)
            .GrantByDefaultTo(PortalRoles.TownInspector);
        checks.AddChild(InspectionsPermissions.Checks.ManageCycles, "Permission:Checks.ManageCycles", MultiTenancySides.Tenant)
            .GrantByDefaultTo(PortalRoles.TownAdmin);
        var workOrders = group.AddPermission(InspectionsPermissions.WorkOrders.Default, "Permission:WorkOrders", MultiTenancySides.Both)
            .GrantByDefaultTo(PortalRoles.BureauInspector, PortalRoles.TownAdmin, PortalRoles.TownInspector, PortalRoles.SafetyOfficer,
                PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager);
        workOrders.AddChild(InspectionsPermissions.WorkOrders.Manage, "Permission:WorkOrders.Manage", MultiTenancySides.Both)
            .GrantByDefaultTo(PortalRoles.BureauInspector, PortalRoles.TownAdmin, PortalRoles.TownInspector);
        workOrders.AddChild(InspectionsPermissions.WorkOrders.Answer, "Permission:WorkOrders.Answer", MultiTenancySides.Tenant)
            .GrantByDefaultTo(PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager);
    }

    public override void ConfigureMenu(MenuBuilder menu)
    {
        menu.Add(new MenuItem("Inspections.Checks", "Menu:Checks", typeof(InspectionsResource),
            "/Inspections/Checks", "bi-clipboard-check", 235, InspectionsPermissions.Checks.Default));
        menu.Add(new MenuItem("Inspections.Hazards", "Menu:Hazards", typeof(InspectionsResource),
            "/Inspections/Hazards", "bi-cone-striped", 240, InspectionsPermissions.Hazards.Default));
        menu.Add(new MenuItem("Inspections.WorkOrders", "Menu:WorkOrders", typeof(InspectionsResource),
            "/Inspections/WorkOrders", "bi-megaphone", 245, InspectionsPermissions.WorkOrders.Default));
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHazardsApi();
        endpoints.MapCyclesApi();
        endpoints.MapChecksApi();
        endpoints.MapWorkOrdersApi();
        endpoints.MapChecklistServiceWorker();
    }
}
