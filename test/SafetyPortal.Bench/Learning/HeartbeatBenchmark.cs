using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using SafetyPortal.Bench.City;
using SafetyPortal.Bench.Import;
using SafetyPortal.Learning.Application;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Bench.Learning;

/// <summary>
/// dotnet run -c Release --project test/SafetyPortal.Bench -- --learning-heartbeats [--towns N] [--staff N] [--learners N] [--minutes N]
/// Generates the city (towns, enterprises), the courses and a year of study records for its staff (progress rows and
/// ledger entries) into a fresh MariaDB database, then lets the learners study at once: each opens a session on a
/// lesson and sends a heartbeat every 30 s (real time, start times spread over the first interval) through the same
/// use case the API calls (StudyLessons.BeatAsync: session, lesson, progress, judgement, save). Prints the latency
/// of every heartbeat (median, p95, max), the verdicts, and the load average. Drops the database.
/// </summary>
internal static class HeartbeatBenchmark
{
    public static async Task<int> RunAsync(int towns, int staff, int learners, int minutes)
    {
        var server = Environment.GetEnvironmentVariable(ImportBenchmark.ServerVariable);
        if (string.IsNullOrEmpty(server))
        {
            await Console.Error.WriteLineAsync($"{ImportBenchmark.ServerVariable} is not set: run eng/mariadb.sh start and source the lines it prints.");
            return 2;
        }
        var connectionString = new MySqlConnectionStringBuilder(server) { Database = $"sp_learn_{Guid.NewGuid():N}"[..24], MaximumPoolSize = 200 }.ConnectionString;
        var folder = Directory.CreateTempSubdirectory("safetyportal-learning-bench-").FullName;
        try
        {
            var city = new CityGenerator(towns, staff: staff);
            var learning = new CityLearning(city);
            using var host = BenchHost.Build(connectionString, folder);
            var setup = Stopwatch.StartNew();
            var townIds = await CitySeeder.SeedAsync(host.Services, city);
            var bureauLessons = await LearningSeeder.SeedCoursesAsync(host.Services, learning, townIds);
            long records = 0;
            foreach (var town in city.Towns)
            {
                var enterprises = await EnterprisesAsync(host.Services, city, town, townIds[town.Code]);
                records += await LearningSeeder.SeedYearAsync(connectionString, city, town, townIds[town.Code], enterprises, bureauLessons, DateTime.UtcNow.Year);
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"city: {city.Towns.Count} towns, {city.Towns.Sum(t => t.EnterpriseCount):N0} enterprises, {staff:N0} staff, " +
                $"{CityLearning.BureauCourses + (city.Towns.Count * CityLearning.CoursesPerTown)} courses, {records:N0} progress rows and as many ledger entries; " +
                $"set up in {setup.Elapsed.TotalSeconds:F1} s"));

            var people = city.Towns.SelectMany(t => city.StaffOf(t).Select(p => (Town: townIds[t.Code], Person: p.Index))).Take(learners).ToList();
            var textLessons = bureauLessons.Where(l => l.Kind == LessonKind.RichText).ToList();
            var sessions = await OpenSessionsAsync(host.Services, people, textLessons);
            var (times, verdicts, wall) = await StudyAsync(host.Services, sessions, TimeSpan.FromMinutes(minutes));
            times.Sort();
            var load = (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ')[..3];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{learners:N0} learners, a heartbeat every 30 s for {minutes} min: {times.Count:N0} heartbeats in {wall.TotalSeconds:F0} s " +
                $"({times.Count / wall.TotalSeconds:F1}/s); median {times[times.Count / 2]:F1} ms, p95 {times[(int)(times.Count * 0.95)]:F1} ms, " +
                $"p99 {times[(int)(times.Count * 0.99)]:F1} ms, max {times[^1]:F1} ms"));
            Console.WriteLine("verdicts: " + string.Join(", ", verdicts.OrderBy(v => v.Key).Select(v => $"{v.Key} {v.Value:N0}")));
            Console.WriteLine("load average (1, 5, 15 min) at the end: " + string.Join(", ", load));
            return 0;
        }
        finally
        {
            await ImportBenchmark.DropAsync(server, new MySqlConnectionStringBuilder(connectionString).Database);
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<Dictionary<int, Guid>> EnterprisesAsync(IServiceProvider services, CityGenerator city, GeneratedTown town, Guid townId)
    {
        await using var scope = services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(townId);
        var byCode = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<EnterpriseProfile>().ToDictionaryAsync(p => p.CreditCode, p => p.Id);
        return city.EnterprisesOf(town).ToDictionary(e => e.Index, e => byCode[e.CreditCode]);
    }

    private static async Task<List<(Guid Town, Guid User, Guid Lesson, Guid Session)>> OpenSessionsAsync(IServiceProvider services,
        List<(Guid Town, int Person)> people, List<Lesson> lessons)
    {
        var sessions = new List<(Guid, Guid, Guid, Guid)>();
        foreach (var group in people.GroupBy(p => p.Town))
        {
            await using var scope = services.CreateAsyncScope();
            using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(group.Key);
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            foreach (var (town, person) in group)
            {
                var lesson = lessons[person % lessons.Count];
                var session = new StudySession
                {
                    Id = Guid.CreateVersion7(), TenantId = town, UserId = CityLearning.UserId(person), LessonId = lesson.Id,
                    StartedTime = DateTime.UtcNow, LastBeatTime = DateTime.UtcNow,
                };
                db.Add(session);
                sessions.Add((town, session.UserId, lesson.Id, session.Id));
            }
            await db.SaveChangesAsync();
        }
        return sessions;
    }

    private static async Task<(List<double> Times, ConcurrentDictionary<HeartbeatVerdict, int> Verdicts, TimeSpan Wall)> StudyAsync(
        IServiceProvider services, List<(Guid Town, Guid User, Guid Lesson, Guid Session)> sessions, TimeSpan duration)
    {
        var times = new ConcurrentBag<double>();
        var verdicts = new ConcurrentDictionary<HeartbeatVerdict, int>();
        var accessor = services.GetRequiredService<IHttpContextAccessor>();
        var interval = StudyClock.Interval;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(sessions.Select((s, i) => Task.Run(async () =>
        {
            accessor.HttpContext = new DefaultHttpContext
            {
                User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, s.User.ToString())], "bench")),
            };
            // Start times spread evenly over the first interval, as real learners open their lessons at different moments.
            var next = interval * ((double)i / sessions.Count) + TimeSpan.FromSeconds(6);
            while (next < duration)
            {
                var wait = next - wall.Elapsed;
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait);
                }
                await using var scope = services.CreateAsyncScope();
                using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(s.Town);
                var watch = Stopwatch.StartNew();
                var result = await scope.ServiceProvider.GetRequiredService<StudyLessons>().BeatAsync(s.Lesson,
                    new HeartbeatRequest(s.Session, DateTime.UtcNow, Visible: true, Active: true), CancellationToken.None);
                times.Add(watch.Elapsed.TotalMilliseconds);
                verdicts.AddOrUpdate(result.Verdict, 1, (_, n) => n + 1);
                next += interval;
            }
        })));
        return ([.. times], verdicts, wall.Elapsed);
    }
}
