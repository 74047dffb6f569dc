using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Learning.Application;

namespace SafetyPortal.Http.Tests.Learning;

/// <summary>The hosts of the learning tests carry a heartbeat clock the tests move.</summary>
public interface ILearningFactory
{
    ShiftedLearningClock Clock { get; }

    static void UseClock(IWebHostBuilder builder, ShiftedLearningClock clock) =>
        builder.ConfigureTestServices(services => services.AddSingleton<LearningClock>(clock));
}

public sealed class LearningSqliteFactory : SqlitePortalFactory, ILearningFactory
{
    public ShiftedLearningClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ILearningFactory.UseClock(builder, Clock);
    }
}

public sealed class LearningMariaDbFactory : MariaDbPortalFactory, ILearningFactory
{
    public ShiftedLearningClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        ILearningFactory.UseClock(builder, Clock);
    }
}
