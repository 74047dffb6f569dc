using SafetyPortal.Platform.Screening;

namespace SafetyPortal.Risks.Screening.Application;

/// <summary>A condition of a screening whose parameters passed every check, ready to evaluate.</summary>
public sealed record CheckedCondition(IScreeningCondition Condition, ScreeningParameters Parameters);
