using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MySqlConnector;
using SafetyPortal.Bench.Import;
using SafetyPortal.Platform.Data;
using SafetyPortal.Workflows.Application;
using SafetyPortal.Workflows.Domain;
using SafetyPortal.Workflows.Seeding;

namespace SafetyPortal.Bench.Workflows;

/// <summary>
/// dotnet run -c Release --project test/SafetyPortal.Bench -- --workflows [--instances N] [--timers N] [--clients N] [--warmup N]
/// On a fresh MariaDB database (SAFETYPORTAL_TEST_MARIADB): (1) start N hazard processes, each run to its first
/// user task, journal on, from 16 concurrent clients; (2) complete each first task to the next wait state; (3) two
/// nodes fire N due timers, counting any fired twice. Service level (no HTTP). Before (1) and (2), rounds of
/// <c>warmup</c> instances (default 5,000) are started and completed the same way, unmeasured, until the JIT has settled
/// (pools, caches, and above all the tiered JIT: with 16 busy clients on 2 cores its background compiler gets little CPU.
/// After one round of 5,000, perf still found the completions' own methods running instrumented, not yet optimised,
/// and the JIT compiling in 6 % of the samples: the phases measured the JIT, not the engine). Each phase also prints
/// the CPU milliseconds per operation and what the JIT compiled meanwhile. Drops the database afterwards.
/// </summary>
internal static class WorkflowBenchmark
{
    public static async Task<int> RunAsync(int instances, int timers, int clients, int warmUp)
    {
        var server = Environment.GetEnvironmentVariable(ImportBenchmark.ServerVariable);
        if (string.IsNullOrEmpty(server))
        {
            await Console.Error.WriteLineAsync($"{ImportBenchmark.ServerVariable} is not set: run eng/mariadb.sh start and source the lines it prints.");
            return 2;
        }
        var database = $"sp_wfbench_{Guid.NewGuid():N}"[..24];
        var connectionString = new MySqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        try
        {
            using (var host = WorkflowBenchHost.Build(connectionString, jobs: false))
            {
                await using (var scope = host.Services.CreateAsyncScope())
                {
                    await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().InitializeAsync();
                }
                await WarmUpAsync(host.Services, server, warmUp, clients);
                await StartPhaseAsync(host.Services, server, "HZ", instances, clients, measured: true);
                await CompletePhaseAsync(host.Services, server, clients, measured: true);
                var setup = Stopwatch.StartNew();
                await TimerSeeder.SeedAsync(host.Services, timers);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timers: {timers:N0} due timers written in {setup.Elapsed.TotalSeconds:F1} s (setup)"));
            }
            return await TimerPhaseAsync(server, connectionString, timers);
        }
        finally
        {
            await using var connection = new MySqlConnection(server);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = $"DROP DATABASE IF EXISTS `{database}`";
            await command.ExecuteNonQueryAsync();
        }
    }

    /// <summary>
    /// Rounds of <paramref name="size"/> starts and completions, unmeasured, until the JIT has settled: a round in which it
    /// compiled for less than <see cref="SettledJitShare"/> of the round's wall time, or <see cref="WarmUpRounds"/> rounds.
    /// </summary>
    private static async Task WarmUpAsync(IServiceProvider services, string server, int size, int clients)
    {
        for (var round = 1; round <= WarmUpRounds; round++)
        {
            var meter = await PhaseMeter.StartAsync(server);
            var clock = Stopwatch.StartNew();
            await StartPhaseAsync(services, server, $"W{round}-", size, clients, measured: false);
            await CompletePhaseAsync(services, server, clients, measured: false);
            var jit = meter.JitMilliseconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"warm-up round {round}: {size:N0} starts and completions in {clock.Elapsed.TotalSeconds:F1} s, JIT compiling {jit:N0} ms"));
            if (jit < clock.Elapsed.TotalMilliseconds * SettledJitShare)
            {
                return;
            }
        }
    }

    private const int WarmUpRounds = 10;
    private const double SettledJitShare = 0.01;

    private static async Task StartPhaseAsync(IServiceProvider services, string server, string prefix, int instances, int clients, bool measured)
    {
        var next = -1;
        Announce("start → first user task", measured);
        var meter = await PhaseMeter.StartAsync(server);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < instances)
            {
                await using var scope = services.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<OperateInstances>().StartAsync(new StartInstanceRequest(
                    BuiltInProcesses.HazardRectification, null, $"{prefix}-{i}",
                    new() { ["hazardId"] = $"{prefix}-{i}", ["enterpriseId"] = Guid.NewGuid().ToString(), ["description"] = "bench" }), default);
            }
        })));
        if (measured)
        {
            await ReportAsync("start → first user task", instances, clock.Elapsed, clients, meter);
        }
    }

    private static async Task CompletePhaseAsync(IServiceProvider services, string server, int clients, bool measured)
    {
        List<Guid> tasks;
        await using (var scope = services.CreateAsyncScope())
        {
            tasks = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<HumanTask>()
                .Where(t => t.ElementId == "ConfirmLevel" && t.Status == HumanTaskStatus.Open).Select(t => t.Id).ToListAsync();
        }
        var inspector = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, "inspector"), new Claim(ClaimTypes.Role, "TownInspector")], "bench", ClaimTypes.Name, ClaimTypes.Role));
        var next = -1;
        Announce("complete user task → next wait state", measured);
        var meter = await PhaseMeter.StartAsync(server);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < tasks.Count)
            {
                await using var scope = services.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>().HttpContext = new DefaultHttpContext { User = inspector };
                await scope.ServiceProvider.GetRequiredService<ManageTasks>().CompleteAsync(tasks[i],
                    new CompleteTaskRequest(new() { ["level"] = i % 10 == 0 ? "Major" : "General" }, null), default);
            }
        })));
        if (measured)
        {
            await ReportAsync("complete user task → next wait state", tasks.Count, clock.Elapsed, clients, meter);
        }
    }

    private static async Task<int> TimerPhaseAsync(string server, string connectionString, int timers)
    {
        using var first = WorkflowBenchHost.Build(connectionString, jobs: true);
        using var second = WorkflowBenchHost.Build(connectionString, jobs: true);
        var meter = await PhaseMeter.StartAsync(server);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(first.StartAsync(), second.StartAsync());
        var deadline = TimeSpan.FromSeconds(300);
        while (await TimerSeeder.PendingAsync(first.Services) > 0 && clock.Elapsed < deadline)
        {
            await Task.Delay(250);
        }
        var elapsed = clock.Elapsed;
        await Task.WhenAll(first.StopAsync(), second.StopAsync());
        var counts = await TimerSeeder.CountAsync(first.Services);

        await ReportAsync("due timers fired by two nodes", counts.Fired, elapsed, 2, meter);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"timers: {counts.Completed:N0} of {timers:N0} instances completed, {counts.Pending:N0} timers left, {counts.FiredTwice:N0} fired twice"));
        return counts.FiredTwice == 0 && counts.Pending == 0 ? 0 : 1;
    }

    /// <summary>Marks where a measured phase begins, for a profiler attached by pid (perf record -p).</summary>
    private static void Announce(string what, bool measured)
    {
        if (measured)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{what}: measuring (pid {Environment.ProcessId})"));
        }
    }

    private static async Task ReportAsync(string what, int count, TimeSpan elapsed, int clients, PhaseMeter meter)
    {
        var cost = await meter.PerOperationAsync(count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what}: {count:N0} in {elapsed.TotalSeconds:F1} s = {count / elapsed.TotalSeconds:N0}/s ({clients} clients); {cost}"));
    }
}
