using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Learning.Compliance;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Commendations;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Learning;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Learning.Statistics;

/// <summary>
/// Commendation exclusion: an enterprise whose principal (主要负责人) or safety manager (安全管理人员) is short of the
/// regulatory hours for the period's year (<see cref="ComplianceCalculator"/>, the town's hours). Profiles, ledger lines
/// and names are read in one query each for all the enterprises asked about.
/// </summary>
public sealed class ManagerHoursExclusionRule(PortalDbContext db, ISettingProvider settings, TimeProvider clock, IStringLocalizer<LearningResource> text)
    : ICommendationExclusionRule
{
    public string Code => "Learning.ManagerHours";

    public async Task<IReadOnlyList<CommendationExclusion>> EvaluateAsync(CommendationPeriod period, IReadOnlyCollection<Guid> enterpriseIds,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var ids = enterpriseIds.ToList();
        var managers = TrainingAudience.Principal | TrainingAudience.SafetyManager;
        var profiles = await db.Set<LearnerProfile>().AsNoTracking()
            .Where(p => ids.Contains(p.EnterpriseId) && (p.Audience & managers) != 0).ToListAsync(cancellationToken);
        if (profiles.Count == 0)
        {
            return [];
        }
        var userIds = profiles.Select(p => p.UserId).ToList();
        var ledger = (await db.Set<CreditHourEntry>().AsNoTracking().Where(e => userIds.Contains(e.UserId) && e.Year == period.Year)
                .Select(e => new { e.UserId, e.EarnedTime, e.Hours }).ToListAsync(cancellationToken))
            .ToLookup(e => e.UserId, e => new LedgerHours(ChinaDay.Of(e.EarnedTime), e.Hours));
        var names = await db.Set<PortalUser>().AsNoTracking().Where(u => userIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
        var hours = await ComplianceSettings.ReadAsync(settings, cancellationToken);
        var today = ChinaDay.Of(clock.GetUtcNow().UtcDateTime);
        var exclusions = new List<CommendationExclusion>();
        foreach (var enterprise in profiles.GroupBy(p => p.EnterpriseId))
        {
            var shortOfHours = enterprise.Select(p => (Profile: p, Result: ComplianceCalculator.Evaluate(ReadCompliance.InputOf(p, [.. ledger[p.UserId]]), period.Year, today, hours)))
                .Where(r => r.Result.MissingHours > 0).OrderBy(r => r.Result.Category).ToList();
            if (shortOfHours.Count > 0)
            {
                var people = string.Join(text["Commendation.ReasonSeparator"], shortOfHours.Select(r => text["Commendation.ManagerShort",
                    text[$"Audience.{TrainingAudienceRules.PrimaryOf(r.Profile.Audience)}"], names.GetValueOrDefault(r.Profile.UserId, ""),
                    Format(r.Result.EarnedHours), Format(r.Result.RequiredHours)].Value));
                exclusions.Add(new CommendationExclusion(enterprise.Key, Code, text["Commendation.ManagersShort", period.Year, people]));
            }
        }
        return exclusions;
    }

    private static string Format(decimal hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);
}
