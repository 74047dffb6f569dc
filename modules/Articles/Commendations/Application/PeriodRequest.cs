using SafetyPortal.Platform.Commendations;

namespace SafetyPortal.Articles.Commendations.Application;

/// <summary>A period in a query string: <c>?kind=Quarter&amp;year=2026&amp;quarter=3</c> or <c>?kind=Year&amp;year=2026</c>.</summary>
public sealed record PeriodRequest(CommendationPeriodKind? Kind, int? Year, int? Quarter)
{
    public CommendationPeriod ToPeriod()
    {
        var kind = Kind ?? CommendationPeriodKind.Year;
        return new CommendationPeriod(kind, Year ?? 0, kind == CommendationPeriodKind.Quarter ? Quarter ?? 0 : null);
    }
}
