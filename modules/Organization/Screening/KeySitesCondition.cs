using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Screening;

namespace SafetyPortal.Organization.Screening;

/// <summary>重点场所与工艺: the enterprise has any (or all) of the picked key sites and processes.</summary>
internal sealed class KeySitesCondition(ScreeningProfiles profiles) : IScreeningCondition
{
    public const string Sites = "sites";
    public const string Match = "match";
    public const string Any = "any";
    public const string All = "all";

    public string Key => "organization.key-sites";

    public Task<ScreeningConditionDefinition> DescribeAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new ScreeningConditionDefinition(Key, profiles.Screening[Key], profiles.Group,
        [
            ScreeningParameterDefinition.OptionsOf(Sites, profiles.Screening[Key],
                [.. Enum.GetValues<KeySites>().Where(s => s != KeySites.None).Select(s => new ScreeningOption(s.ToString(), profiles.Text[$"KeySites.{s}"]))]),
            ScreeningParameterDefinition.OptionsOf(Match, profiles.Screening["Screening.Match"],
                [new(Any, profiles.Screening["Screening.Match.Any"]), new(All, profiles.Screening["Screening.Match.All"])], multiple: false)
                with { Required = false },
        ]));

    public Task ValidateAsync(ScreeningParameters parameters, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public async Task<ScreeningMatches> EvaluateAsync(ScreeningParameters parameters, ScreeningScope scope, CancellationToken cancellationToken = default)
    {
        var picked = parameters.Options<KeySites>(Sites).Aggregate(KeySites.None, (all, s) => all | s);
        var query = profiles.InScope(scope);
        query = parameters.Options(Match) is [All]
            ? query.Where(p => (p.KeySites & picked) == picked)
            : query.Where(p => (p.KeySites & picked) != 0);
        var rows = await query.Select(p => new { p.Id, p.KeySites }).ToListAsync(cancellationToken);
        return ScreeningMatches.Only(rows.ToDictionary(r => r.Id, r => profiles.Reason(profiles.Screening[Key],
            string.Join(profiles.Screening["Screening.ListSeparator"], Enum.GetValues<KeySites>()
                .Where(s => s != KeySites.None && (r.KeySites & picked & s) != 0).Select(s => profiles.Text[$"KeySites.{s}"].Value)))));
    }
}
