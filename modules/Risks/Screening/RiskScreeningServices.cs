using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Risks.Screening.Application;
using SafetyPortal.Platform.Seeding;
using SafetyPortal.Risks.Screening.Conditions;
using SafetyPortal.Risks.Screening.Seeding;

namespace SafetyPortal.Risks.Screening;

/// <summary>The screening engine, saved screenings, the export and this module's own conditions.</summary>
internal static class RiskScreeningServices
{
    public static IServiceCollection AddRiskScreening(this IServiceCollection services)
    {
        services.AddScoped<RunScreening>();
        services.AddScoped<SafetyPortal.Platform.Screening.IEnterpriseScreening, EnterpriseScreening>();
        services.AddScoped<ManageSavedScreenings>();
        services.AddScoped<ScreeningExport>();
        services.AddScoped<IDataSeedContributor, ScreeningDemoSeedContributor>();
        return services.AddRiskScreeningConditions();
    }
}
