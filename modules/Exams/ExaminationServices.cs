using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Exams.Papers;
using SafetyPortal.Exams.Statistics;
using SafetyPortal.Platform.BackgroundJobs;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Menus;
using SafetyPortal.Platform.Permissions;

namespace SafetyPortal.Exams;

/// <summary>Services, permissions and menu of papers, exams and attempts (kept apart from the question bank's).</summary>
public static class ExaminationServices
{
    public static IServiceCollection AddExamination(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ExamClock>();
        services.AddScoped<PaperPools>();
        services.AddScoped<ManagePapers>();
        services.AddScoped<CheckPaperRules>();
        services.AddScoped<ManageExams>();
        services.AddScoped<ExamCandidate>();
        services.AddScoped<ExamPlanGate>();
        services.AddScoped<AttemptSnapshot>();
        services.AddScoped<StartAttempt>();
        services.AddScoped<TakeAttempt>();
        services.AddScoped<SaveAnswer>();
        services.AddScoped<SubmitAttempt>();
        services.AddSingleton<AttemptAnswerShapes>();
        services.AddSingleton<SnapshotQuestionCache>();
        services.AddScoped<ReadMyExams>();
        services.AddScoped<AttemptSweep>();
        services.AddScoped<AttemptSubmittedHandlers>();
        services.AddScoped<ExamResultsScope>();
        services.AddScoped<ReadExamStatistics>();
        services.AddScoped<ReadExamPeople>();
        services.AddScoped<ReadLeavePageLog>();
        services.AddScoped<ResultsExport>();
        services.AddRecurringJob<AttemptSweepJob>(AttemptSweepJob.ScheduleName, AttemptSweepJob.Schedule);
        return services;
    }

    public static void DefinePermissions(PermissionGroupDefinition group)
    {
        ArgumentNullException.ThrowIfNull(group);
        var exams = group.AddPermission(ExamsPermissions.Exams.Default, "Permission:Exams.Take", MultiTenancySides.Both)
            .GrantByDefaultTo(PortalRoles.BureauAdmin, PortalRoles.BureauInspector, PortalRoles.WorkflowDesigner, PortalRoles.TownAdmin,
                PortalRoles.TownInspector, PortalRoles.SafetyOfficer, PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager,
                PortalRoles.Employee);
        exams.AddChild(ExamsPermissions.Exams.Manage, "Permission:Exams.Manage")
            .GrantByDefaultTo(PortalRoles.BureauInspector, PortalRoles.TownAdmin, PortalRoles.SafetyOfficer);
        exams.AddChild(ExamsPermissions.Exams.Results, "Permission:Exams.Results")
            .GrantByDefaultTo(PortalRoles.BureauAdmin, PortalRoles.BureauInspector, PortalRoles.TownAdmin, PortalRoles.TownInspector,
                PortalRoles.SafetyOfficer, PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager);
    }

    public static void ConfigureMenu(MenuBuilder menu)
    {
        ArgumentNullException.ThrowIfNull(menu);
        menu.Add(new MenuItem("Exams.My", "Menu:MyExams", typeof(ExamsResource), "/Exams/My", "bi-pencil-square", 401, ExamsPermissions.Exams.Default));
        menu.Add(new MenuItem("Exams.Manage", "Menu:ManageExams", typeof(ExamsResource), "/Exams/Manage", "bi-clipboard-check", 406,
            ExamsPermissions.Exams.Manage));
        menu.Add(new MenuItem("Exams.Results", "Menu:ExamResults", typeof(ExamsResource), "/Exams/Results", "bi-bar-chart-line", 407,
            ExamsPermissions.Exams.Results));
        menu.Add(new MenuItem("Exams.Papers", "Menu:Papers", typeof(ExamsResource), "/Exams/Papers", "bi-file-earmark-text", 408,
            ExamsPermissions.Exams.Manage));
    }
}
