namespace SafetyPortal.Platform.Screening;

/// <summary>
/// One condition of 前置研判 (pre-enforcement screening). A module contributes conditions over its own data by
/// registering implementations in DI (<c>services.AddScoped&lt;IScreeningCondition, MyCondition&gt;()</c>);
/// the screening engine (Risks module) knows them only through this contract.
/// </summary>
public interface IScreeningCondition
{
    /// <summary>Stable key, "module.condition", e.g. "risks.level-count"; saved screenings store it.</summary>
    string Key { get; }

    /// <summary>Name, group and parameters for the builder, in the user's language.</summary>
    Task<ScreeningConditionDefinition> DescribeAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Checks what the kinds in the definition cannot (e.g. that category codes exist), reporting through
    /// <see cref="ScreeningParameters.Reject"/>. The engine has already checked every value against its definition.
    /// </summary>
    Task ValidateAsync(ScreeningParameters parameters, CancellationToken cancellationToken = default);

    /// <summary>The enterprises of the scope that match, with a short reason each: one grouped query, no per-enterprise loop.</summary>
    Task<ScreeningMatches> EvaluateAsync(ScreeningParameters parameters, ScreeningScope scope, CancellationToken cancellationToken = default);
}
