using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Platform.Commendations;
using SafetyPortal.Platform.Learning;

namespace SafetyPortal.Learning.Statistics;

/// <summary>What Learning gives other modules' rankings: training figures and the commendation rule on managers' hours.</summary>
public static class StatisticsServices
{
    public static IServiceCollection AddTrainingStatistics(this IServiceCollection services)
    {
        services.AddScoped<ITrainingStatistics, TrainingStatistics>();
        services.AddScoped<ICommendationExclusionRule, ManagerHoursExclusionRule>();
        return services;
    }
}
