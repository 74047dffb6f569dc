using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using MySqlConnector;

namespace SafetyPortal.Bench.Workflows;

/// <summary>
/// What a phase cost per operation besides its wall time: statements the server ran (its Questions counter; exact,
/// whatever the neighbours do), CPU of this process and, when MARIADB_DIR names the eng/mariadb.sh server, of
/// mariadbd, this process's allocations and garbage-collection pauses, and what the JIT compiled meanwhile (methods
/// and compilation time: a phase that still tiers up code measures the JIT, not the engine). On a shared machine the throughput depends on the neighbours; these much less.
/// </summary>
internal sealed class PhaseMeter
{
    private readonly string _server;
    private readonly TimeSpan _client = Process.GetCurrentProcess().TotalProcessorTime;
    private readonly double? _serverCpu = ServerSeconds();
    private readonly long _allocated = GC.GetTotalAllocatedBytes();
    private readonly TimeSpan _gcPauses = GC.GetTotalPauseDuration();
    private readonly int _collections = GC.CollectionCount(0);
    private readonly long _jitMethods = JitInfo.GetCompiledMethodCount();
    private readonly TimeSpan _jitTime = JitInfo.GetCompilationTime();
    private long _statements;

    private PhaseMeter(string server) => _server = server;

    public static async Task<PhaseMeter> StartAsync(string server)
    {
        var meter = new PhaseMeter(server);
        meter._statements = await StatementsAsync(server);
        return meter;
    }

    /// <summary>Milliseconds the JIT spent compiling since the meter started (every thread, background tiering included).</summary>
    public double JitMilliseconds => (JitInfo.GetCompilationTime() - _jitTime).TotalMilliseconds;

    public async Task<string> PerOperationAsync(int count)
    {
        var client = (Process.GetCurrentProcess().TotalProcessorTime - _client).TotalMilliseconds / Math.Max(1, count);
        var server = ServerSeconds() is { } now && _serverCpu is { } then ? (now - then) * 1000 / Math.Max(1, count) : (double?)null;
        var statements = (await StatementsAsync(_server) - _statements) / (double)Math.Max(1, count);
        var allocated = (GC.GetTotalAllocatedBytes() - _allocated) / 1024.0 / Math.Max(1, count);
        var pauses = (GC.GetTotalPauseDuration() - _gcPauses).TotalMilliseconds / Math.Max(1, count);
        return string.Create(CultureInfo.InvariantCulture,
            $"per operation: {statements:F1} statements, CPU {client:F2} ms bench process{(server is { } s ? $" + {s:F2} ms mariadbd" : "")}; " +
            $"{allocated:F0} KB allocated, GC pauses {pauses:F3} ms ({GC.CollectionCount(0) - _collections} collections); " +
            $"JIT meanwhile {JitInfo.GetCompiledMethodCount() - _jitMethods:N0} methods in {JitMilliseconds:N0} ms");
    }

    private static async Task<long> StatementsAsync(string server)
    {
        await using var connection = new MySqlConnection(server);
        await connection.OpenAsync();
        await using var command = new MySqlCommand("SHOW GLOBAL STATUS LIKE 'Questions'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        return await reader.ReadAsync() ? long.Parse(reader.GetString(1), CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>utime + stime of the server from /proc (Linux), or null when it cannot be read.</summary>
    private static double? ServerSeconds()
    {
        try
        {
            var directory = Environment.GetEnvironmentVariable("MARIADB_DIR");
            if (string.IsNullOrEmpty(directory) || !File.Exists(Path.Combine(directory, "server.pid")))
            {
                return null;
            }
            var pid = File.ReadAllText(Path.Combine(directory, "server.pid")).Trim();
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // utime and stime, fields 14 and 15 of stat, in clock ticks (100 a second).
            return (double.Parse(fields[11], CultureInfo.InvariantCulture) + double.Parse(fields[12], CultureInfo.InvariantCulture)) / 100;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
