using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.ExamAttempts;

/// <summary>The hosts of the exam tests carry an exam clock the tests move.</summary>
public interface IExamFactory
{
    ShiftedExamClock Clock { get; }

    static void UseClock(IWebHostBuilder builder, ShiftedExamClock clock) =>
        builder.ConfigureTestServices(services => services.AddSingleton<ExamClock>(clock));
}

public sealed class ExamSqliteFactory : SqlitePortalFactory, IExamFactory
{
    public ShiftedExamClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        IExamFactory.UseClock(builder, Clock);
    }
}

public sealed class ExamMariaDbFactory : MariaDbPortalFactory, IExamFactory
{
    public ShiftedExamClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        IExamFactory.UseClock(builder, Clock);
    }
}
