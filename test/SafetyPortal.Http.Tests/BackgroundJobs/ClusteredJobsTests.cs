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
/// Two portal nodes on one MariaDB form one Quartz cluster: whichever node picks a firing up, it runs
/// on that node only, so work is never done twice.
/// </summary>
public sealed class ClusteredJobsTests : IAsyncLifetime
{
    private readonly string _database = MariaDbServer.NewDatabaseName();
    private readonly string _token = Guid.NewGuid().ToString("N")[..12];
    private SharedDatabaseFactory _first = null!;
    private SharedDatabaseFactory _second = null!;

    [Fact]
    public async Task Both_nodes_join_one_cluster_and_each_enqueued_job_runs_exactly_once()
    {
        var first = await SchedulerOf(_first);
        var nodes = await first.QueryClusterNodes();
        Assert.Equal(2, nodes.Count);
        Assert.NotEqual(await first.GetSchedulerInstanceId(), await (await SchedulerOf(_second)).GetSchedulerInstanceId());

        const int Jobs = 8;
        for (var i = 0; i < Jobs; i++)
        {
            // Half enqueued on each node: both wake up and compete for the same triggers.
            await EnqueueAsync(i % 2 == 0 ? _first : _second);
        }
        await Eventually.ReturnsAsync(RecordedRunsAsync, runs => runs >= Jobs, $"{Jobs} recorded runs");
        await Eventually.ReturnsAsync(async () => (await first.QueryTriggers(new TriggerQuery { Job = PortalJobKeys.Of<CountingJob>() })).Items.Count,
            pending => pending == 0, "no trigger left to fire");

        Assert.Equal(Jobs, await RowsWrittenAsync());
        Assert.Equal(Jobs, await RecordedRunsAsync());
    }

    [Fact]
    public async Task A_repeating_trigger_fires_its_count_in_total_not_once_per_node()
    {
        const int Fires = 5;
        var job = JobBuilder.Create<CountingJob>().WithIdentity($"repeating-{_token}", "Http.Tests").UsingJobData("token", _token).Build();
        var trigger = TriggerBuilder.Create()
            .WithIdentity($"repeating-{_token}", "Http.Tests")
            .StartNow()
            .WithSchedule(SimpleScheduleBuilder.Create().WithInterval(TimeSpan.FromSeconds(1)).WithRepeatCount(Fires - 1))
            .Build();
        var first = await SchedulerOf(_first);
        await first.ScheduleJob(job, trigger, default);

        // The job is not durable: it leaves the store once its trigger has fired for the last time.
        await Eventually.ReturnsAsync(async () => await first.Exists(job.Key), exists => !exists, "the trigger to complete");
        await Eventually.ReturnsAsync(RowsWrittenAsync, rows => rows >= Fires, $"{Fires} rows");
        Assert.Equal(Fires, await RowsWrittenAsync());
    }

    [Fact]
    public async Task A_node_that_starts_while_a_job_runs_elsewhere_does_not_run_it_again()
    {
        // Without the cluster a starting node takes another node's running, recoverable job for one a
        // crash left behind, and runs it a second time.
        await EnqueueAsync(_first, new() { ["holdMs"] = "6000" });
        await Eventually.ReturnsAsync(RowsWrittenAsync, rows => rows == 1, "the job to start on the first node");

        await using var third = new SharedDatabaseFactory(_database);
        await third.InitializeAsync();
        await Eventually.ReturnsAsync(RecordedRunsAsync, runs => runs == 1, "the held job to finish");
        Assert.Equal(1, await RowsWrittenAsync());
        Assert.Equal(3, (await (await SchedulerOf(third)).QueryClusterNodes()).Count);
    }

    private static async Task<IScheduler> SchedulerOf(PortalFactory node) =>
        await node.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

    private async Task EnqueueAsync(PortalFactory node, Dictionary<string, string>? data = null)
    {
        await using var scope = node.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>()
            .EnqueueAsync<CountingJob>(null, new Dictionary<string, string>(data ?? []) { ["token"] = _token });
    }

    private async Task<int> RowsWrittenAsync()
    {
        await using var scope = _first.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<OrganizationUnit>()
            .CountAsync(u => u.DisplayName == _token);
    }

    private async Task<int> RecordedRunsAsync()
    {
        await using var scope = _first.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<BackgroundJobRun>()
            .CountAsync(r => r.JobName == nameof(CountingJob));
    }

    public async Task InitializeAsync()
    {
        _first = new SharedDatabaseFactory(_database);
        await _first.InitializeAsync();
        _second = new SharedDatabaseFactory(_database);
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await MariaDbServer.DropAsync(_database);
    }

    /// <summary>Two factories, one database: the second node starts on the schema the first one migrated.</summary>
    private sealed class SharedDatabaseFactory(string database) : MariaDbPortalFactory
    {
        protected override string ConnectionString => MariaDbServer.ForDatabase(database);

        protected override Task DropDatabaseAsync() => Task.CompletedTask;
    }
}
