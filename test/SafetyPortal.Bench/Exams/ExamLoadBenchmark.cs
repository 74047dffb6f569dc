using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using MySqlConnector;
using SafetyPortal.Bench.Import;

namespace SafetyPortal.Bench.Exams;

/// <summary>
/// dotnet run -c Release --project test/SafetyPortal.Bench -- --exam-load [--candidates N] [--burst N] [--questions N] [--interval S] [--workers N]
/// On a fresh MariaDB database: one town of N employees, a published exam of a fixed paper; the portal runs as its own
/// process on Kestrel and every candidate signs in through POST /api/account/login (set-up, not measured). Then:
/// (1) throughput: <c>workers</c> candidates save answers back to back for 20 s (after 15 s of warm-up) on a second exam, and a raw
/// single-row upsert loop runs on the same MariaDB with as many connections: the ratio of the two;
/// (2) the load run: <c>burst</c> candidates start within 30 s, the rest within the next 90 s, each answers about
/// every <c>interval</c> seconds until all questions are answered, then submits; latencies of start, answer-save and
/// submit-and-grade; (3) every answer each candidate had acknowledged is read back from the stored attempts and
/// compared (lost or different answers are counted); how long after the last submit the mistake book had caught up.
/// Drops the database.
/// </summary>
internal static class ExamLoadBenchmark
{
    private static readonly TimeSpan BurstWindow = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan RestWindow = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan ThroughputTime = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(15);

    public static async Task<int> RunAsync(int candidates, int burst, int questions, int intervalSeconds, int workers)
    {
        var server = Environment.GetEnvironmentVariable(ImportBenchmark.ServerVariable);
        if (string.IsNullOrEmpty(server))
        {
            await Console.Error.WriteLineAsync($"{ImportBenchmark.ServerVariable} is not set: run eng/mariadb.sh start and source the lines it prints.");
            return 2;
        }
        var database = $"sp_exam_{Guid.NewGuid():N}"[..24];
        var connectionString = new MySqlConnectionStringBuilder(server) { Database = database, MaximumPoolSize = 200 }.ConnectionString;
        var folder = Directory.CreateTempSubdirectory("safetyportal-exam-bench-").FullName;
        try
        {
            var setup = Stopwatch.StartNew();
            (Guid Load, Guid Throughput) exams;
            using (var host = BenchHost.Build(connectionString, folder))
            {
                exams = await ExamLoadSeeder.SeedAsync(host.Services, candidates, questions);
            }
            await using var portal = await PortalServer.StartAsync(connectionString, folder);
            using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(30), MaxConnectionsPerServer = 2_000 })
            {
                BaseAddress = portal.Address, Timeout = TimeSpan.FromSeconds(60),
            };
            var tokens = await SignInAsync(http, candidates);
            Say($"set-up: {candidates:N0} candidates signed in, {questions} questions; {setup.Elapsed.TotalSeconds:F0} s");

            var appRate = await SaturatedAnswersAsync(http, exams.Throughput, tokens.Take(workers).ToList(), questions);
            var rawRate = await RawUpsertLoop.RunAsync(connectionString, workers, ThroughputTime);
            Say($"throughput with {workers} concurrent clients: answer-save through the portal {appRate:F0}/s, raw single-row upsert {rawRate:F0}/s, " +
                $"ratio {appRate / rawRate:P1}");

            var meter = new LoadMeter();
            var people = tokens.Select((token, i) => new SimulatedCandidate(i, token)).ToList();
            var clock = Stopwatch.StartNew();
            var cpuBefore = portal.CpuSeconds;
            var failures = 0;
            await Task.WhenAll(people.Select(async p =>
            {
                var startAt = p.Index < burst ? BurstWindow * ((double)p.Index / burst) : BurstWindow + (RestWindow * ((double)(p.Index - burst) / Math.Max(1, candidates - burst)));
                try
                {
                    await p.RunAsync(http, exams.Load, questions, TimeSpan.FromSeconds(intervalSeconds), startAt, clock, meter);
                }
                catch (InvalidOperationException ex)
                {
                    if (Interlocked.Increment(ref failures) <= 5)
                    {
                        Say("candidate failed: " + ex.Message);
                    }
                }
            }));
            var wall = clock.Elapsed;
            var load = (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ')[..3];
            Say($"load run: {candidates:N0} candidates ({burst:N0} starting within 30 s), an answer about every {intervalSeconds} s, {wall.TotalSeconds:F0} s; " +
                $"portal CPU {portal.CpuSeconds - cpuBefore:F0} s; load average {string.Join(", ", load)}; candidates failed: {failures}");
            Say(meter.Start.ToString());
            Say(meter.Answer.ToString());
            Say(meter.Submit.ToString());
            Say(await MistakeBookLag.MeasureAsync(connectionString, exams.Load, TimeSpan.FromMinutes(5)));
            if (Environment.GetEnvironmentVariable(PortalServer.ExtraArgumentsVariable) is { Length: > 0 })
            {
                await File.WriteAllTextAsync(Path.Combine(Path.GetTempPath(), "safetyportal-exam-bench-portal.log"), portal.Output);
            }
            var (checkedAnswers, lost, submitted) = await ReadBackAsync(connectionString, exams.Load, people);
            Say($"read-back: {checkedAnswers:N0} acknowledged answers compared with the stored attempts, {lost} lost or different; " +
                $"{submitted:N0} of {candidates:N0} attempts submitted");
            return lost == 0 && failures == 0 ? 0 : 1;
        }
        finally
        {
            await ImportBenchmark.DropAsync(server, database);
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Say(string line) => Console.WriteLine(line);

    private static async Task<List<string>> SignInAsync(HttpClient http, int candidates)
    {
        var tokens = new string[candidates];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
        {
            for (var i = Interlocked.Increment(ref next); i < candidates; i = Interlocked.Increment(ref next))
            {
                using var response = await http.PostAsJsonAsync(new Uri("/api/account/login", UriKind.Relative),
                    new { tenant = ExamLoadSeeder.TownCode, userName = ExamLoadSeeder.UserName(i), password = ExamLoadSeeder.Password });
                response.EnsureSuccessStatusCode();
                tokens[i] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
            }
        }));
        return [.. tokens];
    }

    /// <summary>
    /// Each worker starts an attempt, then saves answers back to back (question after question, rising sequence). The
    /// first seconds warm the portal up (the JIT's second tier compiles the hot path) and are not counted.
    /// </summary>
    private static async Task<double> SaturatedAnswersAsync(HttpClient http, Guid examId, List<string> tokens, int questions)
    {
        var attempts = new Guid[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            using var start = new HttpRequestMessage(HttpMethod.Post, new Uri($"/api/exams/exams/{examId}/attempts", UriKind.Relative));
            start.Headers.Authorization = new("Bearer", tokens[i]);
            using var response = await http.SendAsync(start);
            response.EnsureSuccessStatusCode();
            attempts[i] = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }
        long saved = 0;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(tokens.Select(async (token, i) =>
        {
            long sequence = 0;
            while (watch.Elapsed < WarmUpTime + ThroughputTime)
            {
                sequence++;
                using var put = new HttpRequestMessage(HttpMethod.Put, new Uri($"/api/exams/attempts/{attempts[i]}/answers/{(sequence % questions) + 1}", UriKind.Relative))
                {
                    Content = JsonContent.Create(new { answer = new[] { ((char)('A' + (sequence % 4))).ToString() }, sequence }),
                };
                put.Headers.Authorization = new("Bearer", token);
                using var response = await http.SendAsync(put);
                response.EnsureSuccessStatusCode();
                if (watch.Elapsed > WarmUpTime)
                {
                    Interlocked.Increment(ref saved);
                }
            }
        }));
        return saved / (watch.Elapsed - WarmUpTime).TotalSeconds;
    }

    private static async Task<(int Checked, int Lost, int Submitted)> ReadBackAsync(string connectionString, Guid examId, List<SimulatedCandidate> people)
    {
        var stored = new Dictionary<(Guid, int), string?>();
        var submitted = 0;
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var command = new MySqlCommand(
            "SELECT q.AttemptId, q.No, q.AnswerJson FROM ExamsAttemptQuestions q JOIN ExamsAttempts a ON a.Id = q.AttemptId WHERE a.ExamId = @exam", connection))
        {
            command.Parameters.AddWithValue("@exam", examId);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                stored[(reader.GetGuid(0), reader.GetInt32(1))] = reader.IsDBNull(2) ? null : reader.GetString(2);
            }
        }
        await using (var count = new MySqlCommand("SELECT COUNT(*) FROM ExamsAttempts WHERE ExamId = @exam AND Status = 2", connection))
        {
            count.Parameters.AddWithValue("@exam", examId);
            submitted = Convert.ToInt32(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
        }
        var compared = 0;
        var lost = 0;
        foreach (var person in people)
        {
            foreach (var (no, letter) in person.Acknowledged)
            {
                compared++;
                if (!stored.TryGetValue((person.AttemptId, no), out var json) || json is null
                    || JsonSerializer.Deserialize<string[]>(json) is not [var answer] || answer != letter)
                {
                    lost++;
                }
            }
        }
        return (compared, lost, submitted);
    }
}
