using NetArchTest.Rules;
using SafetyPortal.BackgroundJobs;
using SafetyPortal.AuditLogging;
using SafetyPortal.Identity;
using SafetyPortal.Organization;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Risks;

namespace SafetyPortal.Platform.Tests.Architecture;

/// <summary>The rules of ARCHITECTURE.md that a compiler does not check.</summary>
public sealed class LayeringTests
{
    private static readonly System.Reflection.Assembly[] Modules =
    [
        typeof(OrganizationModule).Assembly,
        typeof(RisksModule).Assembly,
        typeof(SafetyPortal.SettingManagement.SettingManagementModule).Assembly,
        typeof(BackgroundJobsModule).Assembly,
        typeof(AuditLoggingModule).Assembly,
        typeof(IdentityModule).Assembly,
        typeof(SafetyPortal.Workflows.WorkflowsModule).Assembly,
        typeof(SafetyPortal.Notifications.NotificationsModule).Assembly,
        typeof(SafetyPortal.Learning.LearningModule).Assembly,
        typeof(SafetyPortal.Exams.ExamsModule).Assembly,
        typeof(SafetyPortal.Articles.ArticlesModule).Assembly,
        typeof(SafetyPortal.Inspections.InspectionsModule).Assembly,
    ];

    [Fact]
    public void The_platform_knows_no_module_and_not_the_host()
    {
        var result = Types.InAssembly(typeof(PortalModule).Assembly)
            .ShouldNot().HaveDependencyOnAny([.. Modules.Select(m => m.GetName().Name!), "SafetyPortal.Web"])
            .GetResult();
        Assert.True(result.IsSuccessful, Describe(result));
    }

    [Fact]
    public void Module_domains_use_neither_EF_nor_HTTP()
    {
        foreach (var module in Modules)
        {
            var result = Types.InAssembly(module)
                .That().ResideInNamespaceEndingWith(".Domain")
                .ShouldNot().HaveDependencyOnAny("Microsoft.EntityFrameworkCore", "Microsoft.AspNetCore")
                .GetResult();
            Assert.True(result.IsSuccessful, Describe(result));
        }
    }

    [Fact]
    public void Modules_do_not_reach_into_each_other()
    {
        foreach (var module in Modules)
        {
            var others = Modules.Where(m => m != module).Select(m => m.GetName().Name!).Append("SafetyPortal.Web").ToArray();
            var result = Types.InAssembly(module).ShouldNot().HaveDependencyOnAny(others).GetResult();
            Assert.True(result.IsSuccessful, Describe(result));
        }
    }

    [Fact]
    public void Every_module_in_the_host_is_covered_by_these_rules()
    {
        var composed = typeof(Program).Assembly.GetReferencedAssemblies()
            .Select(System.Reflection.Assembly.Load)
            .Where(a => a.GetTypes().Any(t => t.IsSubclassOf(typeof(PortalModule))))
            .ToList();
        Assert.Equal(composed.Select(a => a.FullName).Order(), Modules.Select(a => a.FullName).Order());
    }

    private static string Describe(TestResult result) =>
        "Offending types: " + string.Join(", ", result.FailingTypeNames ?? []);
}
