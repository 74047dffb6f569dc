using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Http.Tests.BackgroundJobs.TestJobs;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Platform.BackgroundJobs;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Http.Tests.BackgroundJobs;

/// <summary>
/// Background jobs on the real scheduler and the real database: they run inside the town they were
/// enqueued for, failures are retried with back-off and listed with their error, and the jobs page
/// shows it all to the bureau in Chinese.
/// </summary>
public abstract class BackgroundJobTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private const string Api = "/api/background-jobs";

    private static string NewToken() => Guid.NewGuid().ToString("N")[..10];

    [Fact]
    public async Task A_job_enqueued_for_a_town_works_inside_that_town_only()
    {
        var name = $"Probe {NewToken()}";
        await EnqueueAsync<TownProbeJob>(await TownIdAsync("chengxiang"), new() { ["name"] = name });

        using var chengxiang = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        await Eventually.ReturnsAsync(
            () => chengxiang.GetJsonAsync<PagedDocument<EnterpriseDocument>>($"/api/organization/enterprises?search={Uri.EscapeDataString(name)}"),
            page => page!.Items.Count == 1, $"the enterprise '{name}' in chengxiang");
        // The run's record is written by a listener once the job's own work has committed: a moment later.
        await Eventually.ReturnsAsync(
            () => chengxiang.GetJsonAsync<PagedDocument<JobRunDocument>>($"{Api}/runs?search={nameof(TownProbeJob)}"),
            runs => runs!.Items.Any(r => r.Succeeded && r.TenantName == "城厢镇"), "the probe's run recorded in chengxiang");

        using var shaxi = await factory.CreatePortalClient().SignedInAsync("shaxi", "townadmin");
        var there = await shaxi.GetJsonAsync<PagedDocument<EnterpriseDocument>>($"/api/organization/enterprises?search={Uri.EscapeDataString(name)}");
        Assert.Empty(there!.Items);
        var shaxiRuns = await shaxi.GetJsonAsync<PagedDocument<JobRunDocument>>($"{Api}/runs?search={nameof(TownProbeJob)}");
        Assert.Empty(shaxiRuns!.Items);
    }

    [Fact]
    public async Task A_failing_job_is_retried_its_errors_are_listed_and_a_later_attempt_succeeds()
    {
        var token = NewToken();
        await EnqueueAsync<FlakyJob>(null, new() { ["token"] = token, ["succeedOnAttempt"] = "3" });

        using var bureau = await factory.CreatePortalClient().SignedInAsync(null, "admin");
        var runs = await Eventually.ReturnsAsync(
            async () => (await bureau.GetJsonAsync<PagedDocument<JobRunDocument>>($"{Api}/runs?search={nameof(FlakyJob)}&pageSize=50"))!
                .Items.Where(r => r.Succeeded || r.Error?.Contains(token, StringComparison.Ordinal) == true).ToList(),
            found => found.Any(r => r.Succeeded), "the third attempt to succeed");

        var failures = runs.Where(r => !r.Succeeded).OrderBy(r => r.Attempt).ToList();
        Assert.Equal([1, 2], failures.Select(r => r.Attempt));
        Assert.All(failures, f => Assert.True(f.RetryScheduled));
        Assert.Equal($"Flaky failure {token} on attempt 1", failures[0].Error);
        Assert.Equal(3, Assert.Single(runs, r => r.Succeeded).Attempt);
        Assert.True(failures[1].StartedAt > failures[0].FinishedAt, "the retry waited for the first failure");

        var failedOnly = await bureau.GetJsonAsync<PagedDocument<JobRunDocument>>($"{Api}/runs?search={nameof(FlakyJob)}&failedOnly=true&pageSize=50");
        Assert.All(failedOnly!.Items, r => Assert.False(r.Succeeded));
        Assert.Equal(2, failedOnly.Items.Count(r => r.Error!.Contains(token, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Jobs_page_shows_the_jobs_their_failures_and_the_runs_in_Chinese()
    {
        var token = NewToken();
        await EnqueueAsync<FlakyJob>(null, new() { ["token"] = token, ["succeedOnAttempt"] = "never" });
        using var bureau = await factory.CreatePortalClient().SignedInAsync(null, "admin");
        var flaky = await Eventually.ReturnsAsync(
            async () => (await bureau.GetJsonAsync<PagedDocument<BackgroundJobDocument>>($"{Api}?search={nameof(FlakyJob)}"))!.Items.SingleOrDefault(),
            job => job?.LastError?.Contains(token, StringComparison.Ordinal) == true && job.LastRunSucceeded == false,
            "the failure to reach the jobs list");
        Assert.Equal("Http.Tests", flaky!.Group);

        var html = await bureau.Http.GetStringAsync("/BackgroundJobs/Jobs");
        Assert.Contains("<h1 class=\"h4 mb-3\">后台任务</h1>", html);
        Assert.Contains("清理过期运行记录", html);
        Assert.Contains("下次执行", html);
        Assert.Contains("data-testid=\"job-failed\"", html);
        Assert.Contains($"Flaky failure {token}", html);
        Assert.Contains("立即执行", html);
        Assert.Contains("最近运行记录", html);

        var empty = await bureau.Http.GetStringAsync("/BackgroundJobs/Jobs?search=no-such-job");
        Assert.Contains("还没有运行记录，或没有符合条件的记录。", empty);
    }

    [Fact]
    public async Task A_town_sees_its_own_runs_on_the_page_but_not_the_schedulers_jobs()
    {
        using var town = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var html = await town.Http.GetStringAsync("/BackgroundJobs/Jobs");
        Assert.Contains("最近运行记录", html);
        Assert.DoesNotContain("data-testid=\"jobs\"", html);
        Assert.Equal(HttpStatusCode.Forbidden, (await town.Http.GetAsync(Api)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await town.Http.PostAsync($"{Api}/BackgroundJobs/PurgeOldJobRunsJob/trigger", null)).StatusCode);
    }

    [Fact]
    public async Task Run_now_purges_run_records_older_than_the_kept_days_in_every_town()
    {
        var chengxiang = await TownIdAsync("chengxiang");
        Guid[] old = [await AddRunAsync(null, daysAgo: 200), await AddRunAsync(chengxiang, daysAgo: 120)];
        var recent = await AddRunAsync(chengxiang, daysAgo: 10);

        using var bureau = await factory.CreatePortalClient().SignedInAsync(null, "admin");
        var response = await bureau.Http.PostAsync($"{Api}/BackgroundJobs/PurgeOldJobRunsJob/trigger", null);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        await Eventually.ReturnsAsync(() => CountRunsAsync(old), count => count == 0, "the old run records to be purged");
        Assert.Equal(1, await CountRunsAsync([recent]));
        var purge = await Eventually.ReturnsAsync(
            async () => (await bureau.GetJsonAsync<PagedDocument<BackgroundJobDocument>>($"{Api}?search=PurgeOldJobRuns"))!.Items.Single(),
            job => job.LastRunSucceeded == true, "the purge's own run to be recorded");
        Assert.NotNull(purge.NextFireTime);
    }

    [Fact]
    public async Task Run_now_of_an_unknown_job_answers_404_problem_details()
    {
        using var bureau = await factory.CreatePortalClient().SignedInAsync(null, "admin");
        var response = await bureau.Http.PostAsync($"{Api}/BackgroundJobs/NoSuchJob/trigger", null);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task EnqueueAsync<TJob>(Guid? tenantId, Dictionary<string, string> data) where TJob : PortalJob
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IBackgroundJobManager>().EnqueueAsync<TJob>(tenantId, data);
    }

    private async Task<Guid> TownIdAsync(string code)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ITenantStore>().FindByCodeAsync(code))!.Id;
    }

    private async Task<Guid> AddRunAsync(Guid? tenantId, int daysAgo)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var started = DateTime.UtcNow.AddDays(-daysAgo);
        var run = new BackgroundJobRun
        {
            TenantId = tenantId, JobGroup = "Tests", JobName = "OldJob", StartedAt = started, FinishedAt = started.AddSeconds(1),
            Succeeded = true, Node = "test",
        };
        db.Add(run);
        await db.SaveChangesAsync();
        return run.Id;
    }

    private async Task<int> CountRunsAsync(Guid[] ids)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<BackgroundJobRun>()
            .IgnoreQueryFilters().CountAsync(r => ids.Contains(r.Id));
    }
}
