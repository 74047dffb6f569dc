using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Organization.Import;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Import;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Bench.Import;

/// <summary>
/// The timed part, in its own process: each town's workbook goes through the path an upload takes
/// after the API has queued it (RunImportJob: job row, stored file, staff import, report).
/// </summary>
internal static class ImportRun
{
    public const string Switch = "--import-run";

    public static async Task<int> RunAsync(string connectionString, string folder, IReadOnlyList<string> towns)
    {
        using var host = BenchHost.Build(connectionString, folder);
        var services = host.Services;
        var store = services.GetRequiredService<ImportFileStore>();
        var tenant = services.GetRequiredService<ICurrentTenant>();
        var total = Stopwatch.StartNew();
        var rows = 0;
        foreach (var town in towns)
        {
            rows += await ImportTownAsync(services, store, tenant, town, Path.Combine(folder, $"staff-{town}.xlsx"));
        }
        total.Stop();
        var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"imported {rows:N0} rows in {total.Elapsed.TotalSeconds:F1} s (CPU {process.TotalProcessorTime.TotalSeconds:F1} s), " +
            $"peak working set {process.PeakWorkingSet64 / 1024 / 1024} MB " +
            $"(GC heap peak {GC.GetGCMemoryInfo().HeapSizeBytes / 1024 / 1024} MB, allocated {GC.GetTotalAllocatedBytes() / 1024 / 1024} MB)"));
        return 0;
    }

    private static async Task<int> ImportTownAsync(IServiceProvider services, ImportFileStore store, ICurrentTenant tenant, string town, string workbook)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var townId = await scope.ServiceProvider.GetRequiredService<ITenantStore>().FindByCodeAsync(town);
        using (tenant.Change(townId!.Id))
        {
            var watch = Stopwatch.StartNew();
            await using (var content = File.OpenRead(workbook))
            {
                var stored = await store.SaveAsync(content, ImportFileFormat.Xlsx, CancellationToken.None);
                var job = new ImportJob { Kind = ImportKind.Staff, FileName = Path.GetFileName(workbook), StoredFileName = stored, Culture = "zh-CN" };
                db.Add(job);
                await db.SaveChangesAsync();
                await scope.ServiceProvider.GetRequiredService<RunImportJob>().ExecuteAsync(job.Id, CancellationToken.None);
                db.ChangeTracker.Clear();
                var done = await db.Set<ImportJob>().FindAsync(job.Id);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {town}: {done!.Status}, {done.TotalRows:N0} rows, {done.CreatedCount:N0} created, {done.UpdatedCount:N0} updated, {done.RejectedCount:N0} rejected in {watch.Elapsed.TotalSeconds:F1} s"));
                if (done.Status != ImportJobStatus.Completed || done.RejectedCount > 0)
                {
                    throw new InvalidOperationException($"{town}: {done.ReportJson?[..Math.Min(500, done.ReportJson.Length)]}");
                }
                return done.TotalRows;
            }
        }
    }
}
