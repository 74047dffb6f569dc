using SafetyPortal.Platform.Screening;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Screening.Conditions;

/// <summary>风险等级: the enterprise has active risk points at any of the picked levels.</summary>
internal sealed class RiskLevelCondition(ScreeningPoints points) : IScreeningCondition
{
    public const string Levels = "levels";

    public string Key => "risks.level";

    public Task<ScreeningConditionDefinition> DescribeAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new ScreeningConditionDefinition(Key, points.Screening[Key], points.Group,
            [ScreeningParameterDefinition.OptionsOf(Levels, points.Screening["Screening.Levels"], points.LevelOptions())]));

    public Task ValidateAsync(ScreeningParameters parameters, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task<ScreeningMatches> EvaluateAsync(ScreeningParameters parameters, ScreeningScope scope, CancellationToken cancellationToken = default)
    {
        var levels = parameters.Options<RiskLevel>(Levels);
        var query = points.Active(scope).Where(p => levels.Contains(p.Level));
        return ScreeningMatches.Only(await points.CountByAsync<RiskLevel>(query, nameof(RiskPoint.Level), ScreeningPoints.ToneOf, cancellationToken));
    }
}
