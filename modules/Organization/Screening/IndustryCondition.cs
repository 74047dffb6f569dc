using System.Linq.Expressions;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Screening;

namespace SafetyPortal.Organization.Screening;

/// <summary>行业: the enterprise's GB/T 4754 code starts with one of the given codes ("C" for all manufacturing, "C33").</summary>
internal sealed partial class IndustryCondition(ScreeningProfiles profiles) : IScreeningCondition
{
    public const string Codes = "codes";

    public string Key => "organization.industry";

    public Task<ScreeningConditionDefinition> DescribeAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new ScreeningConditionDefinition(Key, profiles.Screening[Key], profiles.Group,
            [ScreeningParameterDefinition.TextOf(Codes, profiles.Screening["Screening.IndustryCodes"], profiles.Screening["Screening.IndustryCodes.Hint"])]));

    public Task ValidateAsync(ScreeningParameters parameters, CancellationToken cancellationToken = default)
    {
        foreach (var code in parameters.TextList(Codes).Where(c => !CodePattern().IsMatch(c)))
        {
            parameters.Reject(Codes, profiles.Screening["Screening.IndustryCodes.Invalid", code]);
        }
        return Task.CompletedTask;
    }

    public async Task<ScreeningMatches> EvaluateAsync(ScreeningParameters parameters, ScreeningScope scope, CancellationToken cancellationToken = default)
    {
        var rows = await profiles.InScope(scope).Where(StartsWithAny(parameters.TextList(Codes)))
            .Select(p => new { p.Id, p.IndustryCode }).ToListAsync(cancellationToken);
        return ScreeningMatches.Only(rows.ToDictionary(r => r.Id, r => profiles.Reason(profiles.Screening[Key], r.IndustryCode!)));
    }

    /// <summary>p => p.IndustryCode != null &amp;&amp; (p.IndustryCode.StartsWith(a) || p.IndustryCode.StartsWith(b) ...): one query for every code.</summary>
    private static Expression<Func<EnterpriseProfile, bool>> StartsWithAny(IReadOnlyList<string> codes)
    {
        var profile = Expression.Parameter(typeof(EnterpriseProfile), "p");
        var code = Expression.Property(profile, nameof(EnterpriseProfile.IndustryCode));
        var startsWith = typeof(string).GetMethod(nameof(string.StartsWith), [typeof(string)])!;
        var any = codes.Select(c => (Expression)Expression.Call(code, startsWith, Expression.Constant(c))).Aggregate(Expression.OrElse);
        return Expression.Lambda<Func<EnterpriseProfile, bool>>(Expression.AndAlso(Expression.NotEqual(code, Expression.Constant(null, typeof(string))), any), profile);
    }

    /// <summary>A GB/T 4754 section letter (A–T) and up to four digits.</summary>
    [GeneratedRegex("^[A-T][0-9]{0,4}$")]
    private static partial Regex CodePattern();
}
