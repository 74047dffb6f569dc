using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SafetyPortal.Articles.CaseWarnings;
using SafetyPortal.Articles.Commendations;
using SafetyPortal.Articles.MustRead;
using SafetyPortal.Articles.Related;
using SafetyPortal.Platform.Menus;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.Permissions;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Articles;

/// <summary>以案示警 and 表彰奖励: case-warning articles with must-read assignments, and commendation lists from the training data.</summary>
public sealed class ArticlesModule : PortalModule
{
    public override string Name => "Articles";

    public override void ConfigureServices(IHostApplicationBuilder builder)
    {
        builder.Services.AddCaseWarnings();
        builder.Services.AddCommendations();
        builder.Services.AddMustRead();
        builder.Services.AddScoped<RelatedLearning>();
    }

    public override void DefinePermissions(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(ArticlesPermissions.GroupName, "Permission:Articles", typeof(ArticlesResource));
        CaseWarningServices.DefinePermissions(group);
        CommendationServices.DefinePermissions(group);
    }

    public override void DefineSettings(SettingDefinitionContext context)
    {
        CaseWarningServices.DefineSettings(context);
        CommendationServices.DefineSettings(context);
    }

    public override void ConfigureMenu(MenuBuilder menu)
    {
        CaseWarningServices.ConfigureMenu(menu);
        CommendationServices.ConfigureMenu(menu);
        MustReadServices.ConfigureMenu(menu);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCaseWarningApis();
        endpoints.MapCommendationApis();
        endpoints.MapMustReadApi();
        endpoints.MapRelatedLearningApi();
    }
}
