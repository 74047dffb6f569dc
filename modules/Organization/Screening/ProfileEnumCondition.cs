using Microsoft.EntityFrameworkCore;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Screening;

namespace SafetyPortal.Organization.Screening;

/// <summary>
/// A condition "the profile's enum property is one of the picked values" (enterprise type, regulatory grade, scale):
/// one query over the profiles of the scope, the value named in the reason.
/// </summary>
internal abstract class ProfileEnumCondition<TEnum>(ScreeningProfiles profiles) : IScreeningCondition where TEnum : struct, Enum
{
    public const string Values = "values";

    public abstract string Key { get; }

    /// <summary>The EnterpriseProfile property compared.</summary>
    protected abstract string Property { get; }

    /// <summary>The prefix of the values' texts in OrganizationResource ("Scale." → "Scale.Small").</summary>
    protected virtual string TextPrefix => Property;

    private string Name => profiles.Screening[Key];

    public Task<ScreeningConditionDefinition> DescribeAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new ScreeningConditionDefinition(Key, Name, profiles.Group,
        [
            ScreeningParameterDefinition.OptionsOf(Values, Name,
                [.. Enum.GetValues<TEnum>().Select(v => new ScreeningOption(v.ToString(), profiles.Text[$"{TextPrefix}.{v}"]))]),
        ]));

    public Task ValidateAsync(ScreeningParameters parameters, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task<ScreeningMatches> EvaluateAsync(ScreeningParameters parameters, ScreeningScope scope, CancellationToken cancellationToken = default)
    {
        var picked = parameters.Options<TEnum>(Values);
        var rows = await profiles.InScope(scope)
            .Where(p => picked.Contains(EF.Property<TEnum>(p, Property)))
            .Select(p => new { p.Id, Value = EF.Property<TEnum>(p, Property) })
            .ToListAsync(cancellationToken);
        return ScreeningMatches.Only(rows.ToDictionary(r => r.Id, r => profiles.Reason(Name, profiles.Text[$"{TextPrefix}.{r.Value}"])));
    }
}
