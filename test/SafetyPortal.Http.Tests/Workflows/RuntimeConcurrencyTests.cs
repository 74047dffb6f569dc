using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Workflows.Domain;
using SafetyPortal.Workflows.Runtime;

namespace SafetyPortal.Http.Tests.Workflows;

/// <summary>
/// The guarantees the speed work must keep: a stale completion is refused with 409, a step on an instance that
/// another step changed meanwhile fails instead of both winning, and two workers never hold the same job.
/// </summary>
public abstract class RuntimeConcurrencyTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private const string OneTask = """
        <startEvent id="S" /><sequenceFlow id="f1" sourceRef="S" targetRef="T" />
        <userTask id="T" camunda:candidateGroups="TownAdmin" /><sequenceFlow id="f2" sourceRef="T" targetRef="E" /><endEvent id="E" />
        """;

    [Fact]
    public async Task A_completion_with_a_stale_concurrency_stamp_answers_409_and_moves_nothing()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var key = "stale-" + Guid.NewGuid().ToString("N")[..8];
        await DefinitionsTests<TFactory>.PublishAsync(townadmin, Bpmn.Process(key, OneTask));
        var instance = await townadmin.StartAsync(key, key);
        var task = Assert.Single(await townadmin.TasksAsync("all", key));
        var claimed = await townadmin.Http.PostAsJsonAsync($"/api/workflows/tasks/{task.Id}/claim", new { concurrencyStamp = task.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.OK, claimed.StatusCode);

        var stale = await townadmin.Http.PostAsJsonAsync($"/api/workflows/tasks/{task.Id}/complete",
            new { variables = new { done = true }, concurrencyStamp = task.ConcurrencyStamp });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var detail = await townadmin.InstanceAsync(instance.Id);
        Assert.Equal(["T"], detail.Instance.ActiveElementIds);
        Assert.DoesNotContain(detail.Journal, j => j.Kind == "Completed");
        await townadmin.CompletedAsync(task.Id);
        Assert.Equal("Completed", (await townadmin.InstanceAsync(instance.Id)).Instance.Status);
    }

    [Fact]
    public async Task A_step_on_an_instance_that_another_step_changed_meanwhile_fails_instead_of_both_winning()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var key = "race-" + Guid.NewGuid().ToString("N")[..8];
        await DefinitionsTests<TFactory>.PublishAsync(townadmin, Bpmn.Process(key, OneTask));
        var instance = await townadmin.StartAsync(key, key);
        await using var scope = factory.Services.CreateAsyncScope();
        using var town = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(instance.TenantId);
        var late = await scope.ServiceProvider.GetRequiredService<WorkflowEngine>().LoadAsync(instance.Id, default);

        await townadmin.CompletedAsync(Assert.Single(await townadmin.TasksAsync("all", key)).Id);
        late.Instance.VariablesJson = """{"late":true}""";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => scope.ServiceProvider.GetRequiredService<PortalDbContext>().SaveChangesAsync());
        Assert.Equal("Completed", (await townadmin.InstanceAsync(instance.Id)).Instance.Status);
    }

    [Fact]
    public async Task Two_workers_claiming_at_once_never_hold_the_same_job()
    {
        // Due in fifty years: the hosts' own job worker leaves them alone; the claims below pretend it is that late.
        var due = DateTime.UtcNow.AddYears(50);
        var seeded = await SeedJobsAsync(due, 50);

        var claims = await Task.WhenAll(ClaimAsync("node-a", due), ClaimAsync("node-b", due), ClaimAsync("node-c", due));

        var claimed = claims.SelectMany(c => c).Where(seeded.Contains).ToList();
        Assert.Equal(claimed.Count, claimed.Distinct().Count());
        Assert.NotEmpty(claimed);
        var rest = await ClaimAsync("node-d", due);
        Assert.Equal(seeded.Order(), claimed.Concat(rest.Where(seeded.Contains)).Order());
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<WorkflowJob>().IgnoreQueryFilters()
            .Where(j => seeded.Contains(j.Id)).ExecuteDeleteAsync();
    }

    [Fact]
    public async Task A_batch_of_timers_with_one_claim_lost_fires_the_others_once_and_leaves_that_one()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var key = "batch-" + Guid.NewGuid().ToString("N")[..8];
        await DefinitionsTests<TFactory>.PublishAsync(townadmin, Bpmn.Process(key, """
            <startEvent id="S" /><sequenceFlow id="f1" sourceRef="S" targetRef="W" />
            <intermediateCatchEvent id="W"><timerEventDefinition><timeDuration>PT1H</timeDuration></timerEventDefinition></intermediateCatchEvent>
            <sequenceFlow id="f2" sourceRef="W" targetRef="E" /><endEvent id="E" />
            """));
        var instances = new List<InstanceDocument>();
        for (var i = 0; i < 3; i++)
        {
            instances.Add(await townadmin.StartAsync(key, $"{key}-{i}"));
        }
        var ids = instances.Select(i => i.Id).ToList();
        await using var scope = factory.Services.CreateAsyncScope();
        using var town = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(instances[0].TenantId);
        var jobs = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<WorkflowJob>();
        await jobs.Where(j => ids.Contains(j.InstanceId!.Value)).ExecuteUpdateAsync(s => s.SetProperty(j => j.LockOwner, "me"));
        // Another node took the last one over (as after an expired claim).
        await jobs.Where(j => j.InstanceId == ids[2]).ExecuteUpdateAsync(s => s.SetProperty(j => j.LockOwner, "other"));
        var claimed = await jobs.AsNoTracking().Where(j => ids.Contains(j.InstanceId!.Value)).ToListAsync();
        foreach (var job in claimed)
        {
            job.LockOwner = "me";
        }

        var fired = await scope.ServiceProvider.GetRequiredService<TimerFiring>().FireAsync(claimed, "me", default);

        Assert.Equal(2, fired);
        foreach (var id in ids[..2])
        {
            var detail = await townadmin.InstanceAsync(id);
            Assert.Equal("Completed", detail.Instance.Status);
            Assert.Single(detail.Journal, j => j.Kind == "TimerFired");
        }
        var left = await townadmin.InstanceAsync(ids[2]);
        Assert.Equal(["W"], left.Instance.ActiveElementIds);
        Assert.DoesNotContain(left.Journal, j => j.Kind == "TimerFired");
        Assert.Equal("other", (await jobs.AsNoTracking().SingleAsync(j => j.InstanceId == ids[2])).LockOwner);
    }

    [Fact]
    public async Task A_start_whose_rows_fail_part_way_in_leaves_none_of_them_even_for_the_next_save_on_its_connection()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var taken = Line(Guid.NewGuid());
        db.Add(taken);
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        await db.Database.OpenConnectionAsync();
        var instance = new WorkflowInstance { ProcessKey = "one-trip", StateJson = "{}", StartTime = DateTime.UtcNow, StartedBy = "test" };
        db.Add(instance);
        // Written after the instance (tables go in name order): its key is taken, so the batch fails after the instance went in.
        var clash = Line(instance.Id);
        clash.Id = taken.Id;
        db.Add(clash);

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveAddedInOneTripAsync());

        db.ChangeTracker.Clear();
        // Same connection: had the failed save's transaction stayed open, beginning this one would commit its instance.
        await db.InTransactionAsync(async ct =>
        {
            db.Add(Line(Guid.NewGuid()));
            await db.SaveChangesAsync(ct);
        });
        await using var check = factory.Services.CreateAsyncScope();
        Assert.False(await check.ServiceProvider.GetRequiredService<PortalDbContext>().Set<WorkflowInstance>().IgnoreQueryFilters()
            .AnyAsync(i => i.Id == instance.Id));
    }

    private static JournalEntry Line(Guid instanceId) => new() { InstanceId = instanceId, Kind = "Test", Time = DateTime.UtcNow };

    private async Task<List<Guid>> SeedJobsAsync(DateTime due, int count)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var jobs = Enumerable.Range(0, count).Select(i => new WorkflowJob
        {
            InstanceId = Guid.NewGuid(), TokenId = "t1", ElementId = "W", Kind = JobKind.Timer, DueTime = due.AddMilliseconds(-i), CreationTime = DateTime.UtcNow,
        }).ToList();
        db.AddRange(jobs);
        await db.SaveChangesAsync();
        return jobs.Select(j => j.Id).ToList();
    }

    private async Task<List<Guid>> ClaimAsync(string owner, DateTime due)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var jobs = await scope.ServiceProvider.GetRequiredService<JobClaims>().ClaimAsync(owner, 30, due.AddSeconds(1), TimeSpan.FromMinutes(5), default);
        Assert.All(jobs, j => Assert.Equal(owner, j.LockOwner));
        return jobs.Select(j => j.Id).ToList();
    }
}
