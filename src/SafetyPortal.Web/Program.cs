using SafetyPortal.Articles;
using SafetyPortal.BackgroundJobs;
using SafetyPortal.AuditLogging;
using SafetyPortal.Exams;
using SafetyPortal.Identity;
using SafetyPortal.Inspections;
using SafetyPortal.Notifications;
using SafetyPortal.Learning;
using SafetyPortal.Organization;
using SafetyPortal.Platform.Hosting;
using SafetyPortal.Risks;
using SafetyPortal.SettingManagement;
using SafetyPortal.Web.Hosting;
using SafetyPortal.Workflows;

var command = PortalCommand.Parse(args);
var builder = WebApplication.CreateBuilder(command.HostArgs);
builder.AddPortalPlatform();
builder.AddPortalWeb();

// The modules, in order. Each brings its services, permissions, settings, menu items, pages and API.
builder.AddModule<ShellModule>();
builder.AddModule<OrganizationModule>();
builder.AddModule<RisksModule>();
builder.AddModule<SettingManagementModule>();
builder.AddModule<BackgroundJobsModule>();
builder.AddModule<AuditLoggingModule>();
builder.AddModule<IdentityModule>();
builder.AddModule<WorkflowsModule>();
builder.AddModule<NotificationsModule>();
builder.AddModule<LearningModule>();
builder.AddModule<ExamsModule>();
builder.AddModule<ArticlesModule>();
builder.AddModule<InspectionsModule>();

return await PortalHost.RunAsync(builder, command);

/// <summary>Visible to WebApplicationFactory in the test suites.</summary>
public partial class Program;
