using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace SafetyPortal.S3Testing;

/// <summary>
/// A running s3rver: an S3-compatible server in Node with one bucket, its objects in a temporary folder of its own, on
/// a free port of 127.0.0.1. Started by <see cref="StartAsync"/>; disposing stops the process tree and removes the folder.
/// s3rver 3.7.1 on Node 20 fails a listing cut short by max-keys (its continuation token uses a cipher OpenSSL 3
/// dropped): list whole, as the tests do with their few objects.
/// </summary>
public sealed class S3rver : IAsyncDisposable
{
    /// <summary>s3rver's built-in key pair; it refuses requests signed with any other.</summary>
    public const string AccessKey = "S3RVER";

    /// <inheritdoc cref="AccessKey"/>
    public const string SecretKey = "S3RVER";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly Process _process;
    private readonly string _directory;

    private S3rver(Process process, string directory, int port, string bucket)
    {
        _process = process;
        _directory = directory;
        ServiceUrl = $"http://127.0.0.1:{port}";
        Bucket = bucket;
    }

    /// <summary>Where the server answers, e.g. http://127.0.0.1:41234.</summary>
    public string ServiceUrl { get; }

    /// <summary>The bucket created at start.</summary>
    public string Bucket { get; }

    /// <summary>The portal's configuration for a file store in this server's bucket: Files:Provider S3 and the Files:S3 keys.</summary>
    public IDictionary<string, string?> FileStoreSettings(string? keyPrefix = null) => new Dictionary<string, string?>
    {
        ["Files:Provider"] = "S3",
        ["Files:S3:ServiceUrl"] = ServiceUrl,
        ["Files:S3:Bucket"] = Bucket,
        ["Files:S3:AccessKey"] = AccessKey,
        ["Files:S3:SecretKey"] = SecretKey,
        ["Files:S3:KeyPrefix"] = keyPrefix,
    };

    /// <summary>Starts the server with <paramref name="bucket"/> and waits until its port answers.</summary>
    public static async Task<S3rver> StartAsync(string bucket = "safetyportal-tests")
    {
        var script = Path.Combine(ServerFolder(), "node_modules", "s3rver", "bin", "s3rver.js");
        if (!File.Exists(script))
        {
            throw new InvalidOperationException($"{script} is missing: build SafetyPortal.S3Testing (it runs npm ci).");
        }
        var directory = Directory.CreateTempSubdirectory("safetyportal-s3rver-").FullName;
        var port = FreePort();
        var start = new ProcessStartInfo("node")
        {
            ArgumentList = { script, "--directory", directory, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--address", "127.0.0.1", "--silent", "--configure-bucket", bucket },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var server = new S3rver(process, directory, port, bucket);
        var errors = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        try
        {
            await WaitForPortAsync(process, port, errors);
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }
        finally
        {
            _process.Dispose();
            try
            {
                Directory.Delete(_directory, recursive: true);
            }
            catch (IOException)
            {
                // The system's temporary-file cleaning takes what a dying server still held.
            }
        }
    }

    private static async Task WaitForPortAsync(Process process, int port, Task<string> errors)
    {
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"s3rver exited with {process.ExitCode}: {await errors}");
            }
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(100);
            }
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static string ServerFolder() =>
        typeof(S3rver).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "S3rverFolder").Value
        ?? throw new InvalidOperationException("The S3rverFolder metadata is missing.");
}
