using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Platform.Screening;

namespace SafetyPortal.Organization.Screening;

/// <summary>The screening conditions over enterprise profiles this module contributes (see IScreeningCondition).</summary>
internal static class OrganizationScreeningConditions
{
    public static IServiceCollection AddOrganizationScreeningConditions(this IServiceCollection services)
    {
        services.AddScoped<ScreeningProfiles>();
        services.AddScoped<IScreeningCondition, EnterpriseTypeCondition>();
        services.AddScoped<IScreeningCondition, IndustryCondition>();
        services.AddScoped<IScreeningCondition, KeySitesCondition>();
        services.AddScoped<IScreeningCondition, RegulatoryGradeCondition>();
        services.AddScoped<IScreeningCondition, ScaleCondition>();
        return services;
    }
}
