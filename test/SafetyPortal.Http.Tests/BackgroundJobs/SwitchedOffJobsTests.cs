using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SafetyPortal.Http.Tests.BackgroundJobs.TestJobs;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.BackgroundJobs;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Http.Tests.BackgroundJobs;

/// <summary>
/// BackgroundJobs:Enabled=false keeps a node from running jobs (say, a node that only serves pages);
/// what is enqueued there is stored and waits for a scheduler that runs.
/// </summary>
public sealed class SwitchedOffJobsTests(SwitchedOffJobsTests.JobsOffFactory factory) : IClassFixture<SwitchedOffJobsTests.JobsOffFactory>
{
    [Fact]
    public async Task A_job_enqueued_on_a_node_with_jobs_switched_off_waits_in_the_store_until_a_scheduler_runs()
    {
        var token = Guid.NewGuid().ToString("N")[..12];
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>()
                .EnqueueAsync<CountingJob>(null, new Dictionary<string, string> { ["token"] = token });
        }
        var scheduler = await factory.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.Equal(SchedulerStatus.Created, await scheduler.GetStatus());

        using var bureau = await factory.CreatePortalClient().SignedInAsync(null, "admin");
        var waiting = (await bureau.GetJsonAsync<PagedDocument<BackgroundJobDocument>>($"/api/background-jobs?search={nameof(CountingJob)}"))!.Items.Single();
        Assert.Equal(1, waiting.TriggerCount);
        Assert.Null(waiting.LastRunSucceeded);
        Assert.Equal(0, await RowsWrittenAsync(token));

        // What another node, or this one started again with jobs on, would do.
        await scheduler.Start();
        await Eventually.ReturnsAsync(() => RowsWrittenAsync(token), rows => rows == 1, "the stored job to run");
    }

    private async Task<int> RowsWrittenAsync(string token)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<OrganizationUnit>().CountAsync(u => u.DisplayName == token);
    }

    public sealed class JobsOffFactory : SqlitePortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("BackgroundJobs:Enabled", "false");
        }
    }
}
