using SafetyPortal.Platform.Application;

namespace SafetyPortal.Risks.Screening.Application;

/// <summary>A screening to run: its conditions, all of which must hold, and the page of results wanted.</summary>
public sealed record ScreeningRunRequest(IReadOnlyList<ScreeningConditionRequest>? Conditions, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
{
    public PageRequest ToPageRequest() => new(Page, PageSize);
}
