using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Platform.Commendations;

namespace SafetyPortal.Http.Tests.Commendations;

/// <summary>
/// Hosts of the commendation cases: thresholds low enough for a handful of people (any staff, coverage and pass rate,
/// 1 hour for a person), three people on a list, and the test's own exclusion rule registered beside Learning's.
/// </summary>
public interface ICommendationFactory
{
    static void Configure(IWebHostBuilder builder)
    {
        builder.UseSetting("Settings:Articles.Commendations.MinStaff", "1");
        builder.UseSetting("Settings:Articles.Commendations.MinCoverage", "0");
        builder.UseSetting("Settings:Articles.Commendations.MinPassRate", "0");
        builder.UseSetting("Settings:Articles.Commendations.Individuals.MinHours", "1");
        builder.UseSetting("Settings:Articles.Commendations.Individuals.ListSize", "3");
        builder.ConfigureTestServices(services => services.AddScoped<ICommendationExclusionRule, PenalisedInPeriodRule>());
    }
}

public sealed class CommendationSqliteFactory : SqlitePortalFactory, ICommendationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ICommendationFactory.Configure(builder);
    }
}

public sealed class CommendationMariaDbFactory : MariaDbPortalFactory, ICommendationFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ICommendationFactory.Configure(builder);
    }
}
