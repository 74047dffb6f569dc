using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Commendations;

namespace SafetyPortal.Articles.Commendations.Application;

/// <summary>A period as the reader says it: 2026年度 / 2026年第3季度.</summary>
public static class PeriodText
{
    public static string Of(IStringLocalizer text, CommendationPeriodKind kind, int year, int? quarter)
    {
        ArgumentNullException.ThrowIfNull(text);
        return kind == CommendationPeriodKind.Quarter ? text["Commendations.Period.Quarter", year, quarter ?? 0] : text["Commendations.Period.Year", year];
    }
}
