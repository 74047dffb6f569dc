using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SafetyPortal.Bench.Exams;

/// <summary>
/// The portal as its own process on Kestrel (the built SafetyPortal.Web.dll, as an operator starts it) on a free
/// loopback port and a MariaDB database, so a load run measures the app over HTTP: routing, authentication,
/// authorisation, tenancy, the use case, EF and JSON. Its console output is kept for the report when it fails.
/// </summary>
internal sealed class PortalServer : IAsyncDisposable
{
    public const string ExtraArgumentsVariable = "SAFETYPORTAL_BENCH_PORTAL_ARGS";

    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();

    private PortalServer(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<PortalServer> StartAsync(string connectionString, string contentRoot)
    {
        var web = WebAssembly();
        // The shipped settings (log levels above all) as an operator's deployment has them next to the content root;
        // without them every SQL command is logged and the run measures the console.
        File.Copy(Path.Combine(Path.GetDirectoryName(web)!, "appsettings.json"), Path.Combine(contentRoot, "appsettings.json"), overwrite: true);
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = contentRoot };
        foreach (var arg in (string[])[web, $"--contentRoot={contentRoot}", $"--urls=http://127.0.0.1:{port}", "--Database:Provider=MySql",
                     $"--ConnectionStrings:Default={connectionString}", "--Database:SeedDemoOnFirstStart=false"])
        {
            start.ArgumentList.Add(arg);
        }
        // Diagnostics: more arguments for the portal (e.g. a log level), space-separated.
        foreach (var arg in (Environment.GetEnvironmentVariable(ExtraArgumentsVariable) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_gcServer"] = "1";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var server = new PortalServer(process, new Uri($"http://127.0.0.1:{port}"));
        process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await server.WaitReadyAsync();
        return server;
    }

    /// <summary>The portal's own build output, next to this repository's bench (the bench project builds it first).</summary>
    private static string WebAssembly()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release" : "Debug";
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "SafetyPortal.sln")))
            {
                var path = Path.Combine(folder.FullName, "src", "SafetyPortal.Web", "bin", configuration, "net10.0", "SafetyPortal.Web.dll");
                return File.Exists(path) ? path : throw new FileNotFoundException($"Build the portal first: dotnet build -c {configuration} src/SafetyPortal.Web", path);
            }
        }
        throw new DirectoryNotFoundException("SafetyPortal.sln not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            if (_output.Length < 200_000)
            {
                _output.AppendLine(line);
            }
        }
    }

    private async Task WaitReadyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The portal exited ({_process.ExitCode}):\n{Output}");
            }
            try
            {
                if ((await http.GetAsync(new Uri("/health/ready", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }
            await Task.Delay(500);
        }
        throw new TimeoutException($"The portal was not ready within 3 minutes:\n{Output}");
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>CPU seconds the portal process has used so far.</summary>
    public double CpuSeconds
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime.TotalSeconds;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
