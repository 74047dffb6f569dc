using System.Globalization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SafetyPortal.Inspections.Hazards;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Menus;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.Permissions;
using SafetyPortal.Platform.Settings;
using SafetyPortal.Platform.Workflows;

namespace SafetyPortal.Inspections;

/// <summary>
/// Inspections on the "1+2+3" cycle and hazards to closure. So far: hazards (事故隐患) reported, closed through the
/// built-in hazard-closure process, and the register of the enterprise, the town and the bureau.
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
    }

    public override void DefinePermissions(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(InspectionsPermissions.GroupName, "Permission:Inspections", typeof(InspectionsResource));
        var hazards = group.AddPermission(InspectionsPermissions.Hazards.Default, "Permission:Hazards", MultiTenancySides.Both)
            .GrantByDefaultTo(PortalRoles.BureauInspector, PortalRoles.TownAdmin, PortalRoles.TownInspector, PortalRoles.SafetyOfficer,
                PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager);
        hazards.AddChild(InspectionsPermissions.Hazards.Report, "Permission:Hazards.Report", MultiTenancySides.Tenant)
            .GrantByDefaultTo(PortalRoles.TownAdmin, PortalRoles.TownInspector, PortalRoles.SafetyOfficer,
                PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager);
    }

    public override void ConfigureMenu(MenuBuilder menu) =>
        menu.Add(new MenuItem("Inspections.Hazards", "Menu:Hazards", typeof(InspectionsResource),
            "/Inspections/Hazards", "bi-cone-striped", 240, InspectionsPermissions.Hazards.Default));

    public override void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapHazardsApi();
}
