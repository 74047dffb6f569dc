using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SafetyPortal.Organization;
using SafetyPortal.Organization.Application;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Bench;

/// <summary>The bureau's town list: one page of 20, plain and searched, over 1,000 towns.</summary>
[MemoryDiagnoser]
public class TenantListBenchmarks
{
    private BenchDatabase _database = null!;
    private IStringLocalizer<OrganizationResource> _text = null!;

    [Params(1_000)]
    public int Towns { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _database = new BenchDatabase();
        using var db = _database.NewContext();
        for (var i = 0; i < Towns; i++)
        {
            db.Add(new Tenant { Code = $"town{i:D5}", Name = $"Town {i:D5}" });
        }
        db.SaveChanges();
        var factory = new ResourceManagerStringLocalizerFactory(
            Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance);
        _text = new StringLocalizer<OrganizationResource>(factory);
    }

    [Benchmark(Baseline = true)]
    public async Task<int> First_page()
    {
        await using var db = _database.NewContext();
        return (await new ManageTenants(db, _text).ListAsync(new PageRequest())).TotalCount;
    }

    [Benchmark]
    public async Task<int> Searched_page()
    {
        await using var db = _database.NewContext();
        return (await new ManageTenants(db, _text).ListAsync(new PageRequest(Search: "0042"))).TotalCount;
    }

    [GlobalCleanup]
    public void Cleanup() => _database.Dispose();
}
