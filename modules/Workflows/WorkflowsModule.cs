using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.Permissions;
using SafetyPortal.Workflows.Activities;
using SafetyPortal.Workflows.Api;
using SafetyPortal.Workflows.Engine.Execution;
using SafetyPortal.Workflows.Engine.Scripting;
using SafetyPortal.Workflows.Runtime;
using Microsoft.Extensions.Options;
using SafetyPortal.Workflows.Application;
using SafetyPortal.Workflows.Forms;
using SafetyPortal.Platform.Menus;
using SafetyPortal.Workflows.Notifications;
using SafetyPortal.Platform.Workflows;
using SafetyPortal.Workflows.Seeding;
using SafetyPortal.Platform.Seeding;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Workflows;

/// <summary>BPMN 2.0 process definitions (bureau and town versions), the engine that runs them, human tasks and monitoring.</summary>
public sealed class WorkflowsModule : PortalModule
{
    public override string Name => "Workflows";

    public override void ConfigureServices(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<WorkflowUser>();
        services.AddScoped<ActivityRegistry>();
        services.AddScoped<Notifier>();
        services.AddScoped<IWorkflowActivity, NotifyActivity>();
        services.AddScoped<IWorkflowActivity, SendSmsActivity>();
        services.AddScoped<IWorkflowActivity, StartProcessActivity>();
        services.AddScoped<IWorkflowActivity, SetEntityStatusActivity>();
        services.AddScoped<IWorkflowActivity, GenerateDocumentActivity>();
        services.AddScoped<VisibleDefinitions>();
        services.AddScoped<DefinitionValidation>();
        services.AddScoped<DefinitionPublishing>();
        services.AddScoped<ManageDefinitions>();
        services.AddScoped<IDataSeedContributor, BuiltInProcessSeeder>();
        foreach (var form in EmbeddedWorkflowForm.BuiltIn())
        {
            services.AddSingleton(form);
        }
        services.AddScoped<TaskForms>();
        services.AddScoped<TaskFiles>();
        services.AddScoped<IWorkflowTaskFiles, InstanceTaskFiles>();
        AddRuntime(builder);
    }

    /// <summary>The engine (one sandbox and model cache per node), its use cases and this node's job worker.</summary>
    private static void AddRuntime(IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.Configure<RuntimeOptions>(builder.Configuration.GetSection(RuntimeOptions.Section));
        services.Configure<ScriptLimits>(builder.Configuration.GetSection(RuntimeOptions.Section + ":Scripts"));
        services.AddSingleton(s => new ScriptSandbox(s.GetRequiredService<IOptions<ScriptLimits>>().Value));
        services.AddSingleton<ProcessExecutor>();
        services.AddSingleton<ProcessModelCache>();
        services.AddSingleton<PublishedDefinitionCache>();
        services.AddSingleton<JobSignal>();
        services.AddScoped<EffectsWriter>();
        services.AddScoped<WorkflowEngine>();
        services.AddScoped<JobClaims>();
        services.AddScoped<TimerFiring>();
        services.AddScoped<ActivityJobs>();
        services.AddScoped<TaskCandidacy>();
        services.AddScoped<OperateInstances>();
        services.AddScoped<MonitorInstances>();
        services.AddScoped<ManageTasks>();
        services.AddScoped<IWorkflowRuntime, WorkflowRuntime>();
        services.AddHostedService<JobWorker>();
    }

    public override void DefinePermissions(PermissionDefinitionContext context)
    {
        var group = context.AddGroup(WorkflowsPermissions.GroupName, "Permission:Workflows", typeof(WorkflowsResource));
        var definitions = group.AddPermission(WorkflowsPermissions.Definitions.Default, "Permission:Definitions")
            .GrantByDefaultTo(PortalRoles.WorkflowDesigner, PortalRoles.BureauInspector, PortalRoles.TownInspector);
        definitions.AddChild(WorkflowsPermissions.Definitions.Design, "Permission:Definitions.Design")
            .GrantByDefaultTo(PortalRoles.WorkflowDesigner);
        group.AddPermission(WorkflowsPermissions.Instances.Default, "Permission:Instances")
            .GrantByDefaultTo(PortalRoles.WorkflowDesigner, PortalRoles.BureauInspector, PortalRoles.TownInspector);
        group.AddPermission(WorkflowsPermissions.Tasks.Default, "Permission:Tasks")
            .GrantByDefaultTo(PortalRoles.BureauInspector, PortalRoles.WorkflowDesigner, PortalRoles.TownInspector, PortalRoles.SafetyOfficer,
                PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager, PortalRoles.Employee);
    }

    public override void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapDefinitionsApi();
        endpoints.MapInstancesApi();
        endpoints.MapTasksApi();
        endpoints.MapFormsApi();
        endpoints.MapFilesApi();
    }

    public override void DefineSettings(SettingDefinitionContext context)
    {
        context.Add(new SettingDefinition(WorkflowsSettings.TaskFileMaxMegabytes, "20", "Setting:TaskFileMaxMegabytes", typeof(WorkflowsResource),
            Type: SettingValueType.WholeNumber, DescriptionKey: "Setting:TaskFileMaxMegabytes.Description"));
        context.Add(new SettingDefinition(WorkflowsSettings.TaskFileTypes, WorkflowsSettings.DefaultTaskFileTypes, "Setting:TaskFileTypes",
            typeof(WorkflowsResource), DescriptionKey: "Setting:TaskFileTypes.Description"));
    }

    public override void ConfigureMenu(MenuBuilder menu)
    {
        menu.Add(new MenuItem("Workflows.Tasks", "Menu:Tasks", typeof(WorkflowsResource),
            "/Workflows/Tasks", "bi-inbox", 50, WorkflowsPermissions.Tasks.Default));
        menu.Add(new MenuItem("Workflows.Instances", "Menu:Instances", typeof(WorkflowsResource),
            "/Workflows/Instances", "bi-activity", 700, WorkflowsPermissions.Instances.Default));
        menu.Add(new MenuItem("Workflows.Designer", "Menu:Designer", typeof(WorkflowsResource),
            "/Workflows/Designer", "bi-diagram-3", 710, WorkflowsPermissions.Definitions.Default));
    }
}
