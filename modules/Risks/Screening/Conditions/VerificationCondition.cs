using SafetyPortal.Platform.Screening;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Screening.Conditions;

/// <summary>审核状态: the enterprise has active risk points in any of the picked states (e.g. still waiting for the town).</summary>
internal sealed class VerificationCondition(ScreeningPoints points) : IScreeningCondition
{
    public const string States = "states";

    public string Key => "risks.verification";

    public Task<ScreeningConditionDefinition> DescribeAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new ScreeningConditionDefinition(Key, points.Screening[Key], points.Group,
        [
            ScreeningParameterDefinition.OptionsOf(States, points.Screening["Screening.States"],
                [.. Enum.GetValues<VerificationStatus>().Select(v => new ScreeningOption(v.ToString(), points.Text[$"Verification.{v}"]))]),
        ]));

    public Task ValidateAsync(ScreeningParameters parameters, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task<ScreeningMatches> EvaluateAsync(ScreeningParameters parameters, ScreeningScope scope, CancellationToken cancellationToken = default)
    {
        var states = parameters.Options<VerificationStatus>(States);
        var query = points.Active(scope).Where(p => states.Contains(p.Verification));
        return ScreeningMatches.Only(await points.CountByAsync<VerificationStatus>(query, nameof(RiskPoint.Verification),
            _ => ScreeningTone.Neutral, cancellationToken));
    }
}
