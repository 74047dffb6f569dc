using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SafetyPortal.Exams.Api;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Certificates;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Exams.Interop;
using SafetyPortal.Exams.Seeding;
using SafetyPortal.Exams.Papers;
using SafetyPortal.Exams.Practice;
using SafetyPortal.Platform.BackgroundJobs;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Menus;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.Permissions;
using SafetyPortal.Platform.Seeding;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Exams;

/// <summary>题库与考试: the question bank (categories, questions, import and export) and, by another hand, papers and exams.</summary>
public sealed class ExamsModule : PortalModule
{
    public override string Name => "Exams";

    public override void ConfigureServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddScoped<QuestionScope>();
        services.AddScoped<QuestionEditor>();
        services.AddScoped<ManageCategories>();
        services.AddScoped<ReadQuestions>();
        services.AddScoped<ManageQuestions>();
        services.AddScoped<ImportQuestions>();
        services.AddScoped<ExportQuestions>();
        services.AddScoped<IDataSeedContributor, ExamsDemoSeedContributor>();
        services.AddExamination();
        services.AddPractice(builder.Configuration);
        services.AddScoped<Platform.Exams.IExamStatistics, Statistics.ExamFigures>();
        services.AddCertificates(builder.Configuration);
    }

    public override void DefinePermissions(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(ExamsPermissions.GroupName, "Permission:Exams", typeof(ExamsResource));
        group.AddPermission(ExamsPermissions.Questions.Default, "Permission:Questions", MultiTenancySides.Both)
            .GrantByDefaultTo(PortalRoles.BureauInspector, PortalRoles.TownAdmin, PortalRoles.TownInspector, PortalRoles.SafetyOfficer,
                PortalRoles.EnterpriseSafetyManager)
            .AddChild(ExamsPermissions.Questions.Manage, "Permission:Questions.Manage")
            .GrantByDefaultTo(PortalRoles.TownAdmin, PortalRoles.TownInspector);
        ExaminationServices.DefinePermissions(group);
    }

    public override void DefineSettings(SettingDefinitionContext context) => PracticeServices.DefineSettings(context);

    public override void ConfigureMenu(MenuBuilder menu)
    {
        menu.Add(new MenuItem("Exams.Questions", "Menu:Questions", typeof(ExamsResource),
            "/Exams/Questions", "bi-patch-question", 410, ExamsPermissions.Questions.Default));
        menu.Add(new MenuItem("Exams.QuestionCategories", "Menu:QuestionCategories", typeof(ExamsResource),
            "/Exams/Questions/Categories", "bi-diagram-3", 411, ExamsPermissions.Questions.Manage));
        menu.Add(new MenuItem("Exams.QuestionImport", "Menu:QuestionImport", typeof(ExamsResource),
            "/Exams/Questions/Import", "bi-upload", 412, ExamsPermissions.Questions.Manage));
        ExaminationServices.ConfigureMenu(menu);
        PracticeServices.ConfigureMenu(menu);
        CertificateServices.ConfigureMenu(menu);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapCategoriesApi();
        endpoints.MapQuestionFilesApi();
        endpoints.MapQuestionsApi();
        endpoints.MapPapersApi();
        endpoints.MapExamsApi();
        endpoints.MapAttemptsApi();
        endpoints.MapExamResultsApi();
        endpoints.MapPracticeApi();
        endpoints.MapMistakesApi();
        endpoints.MapCertificatesApi();
    }
}
