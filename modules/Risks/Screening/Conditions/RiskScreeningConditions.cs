using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Platform.Screening;

namespace SafetyPortal.Risks.Screening.Conditions;

/// <summary>The screening conditions over risk points this module contributes (see IScreeningCondition).</summary>
internal static class RiskScreeningConditions
{
    public static IServiceCollection AddRiskScreeningConditions(this IServiceCollection services)
    {
        services.AddScoped<ScreeningPoints>();
        services.AddScoped<IScreeningCondition, RiskCategoryCondition>();
        services.AddScoped<IScreeningCondition, RiskLevelCondition>();
        services.AddScoped<IScreeningCondition, RiskLevelCountCondition>();
        services.AddScoped<IScreeningCondition, VerificationCondition>();
        return services;
    }
}
