using Microsoft.Extensions.Hosting;
using SafetyPortal.Articles;
using SafetyPortal.Exams;
using SafetyPortal.Inspections;
using SafetyPortal.Notifications;
using SafetyPortal.Learning;
using SafetyPortal.Organization;
using SafetyPortal.Platform.Hosting;
using SafetyPortal.Risks;
using SafetyPortal.Workflows;

namespace SafetyPortal.Bench;

/// <summary>
/// The modules whose tables the migrations create. A bench host must compose all of them: with fewer, EF sees a model
/// that differs from the last migration's and refuses to migrate ("pending changes"). Add a module here when it
/// brings entities.
/// </summary>
internal static class BenchModules
{
    public static void AddAll(IHostApplicationBuilder builder)
    {
        builder.AddModule<OrganizationModule>();
        builder.AddModule<RisksModule>();
        builder.AddModule<WorkflowsModule>();
        builder.AddModule<NotificationsModule>();
        builder.AddModule<LearningModule>();
        builder.AddModule<ExamsModule>();
        builder.AddModule<ArticlesModule>();
        builder.AddModule<InspectionsModule>();
    }
}
