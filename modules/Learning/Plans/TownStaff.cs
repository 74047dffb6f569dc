using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Learning.Compliance;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Learning.Plans;

/// <summary>
/// The current town's enterprise staff in three bulk reads (roster, enterprise roles, industries), each person at the
/// post they joined last; and their <see cref="LearnerProfile"/>s kept in step (new people, changes of post).
/// </summary>
public sealed class TownStaff(PortalDbContext db, IStaffRoster roster, IEnterpriseDirectory directory, TimeProvider clock)
{
    private static readonly string[] EnterpriseRoles = [PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager, PortalRoles.Employee];

    public async Task<IReadOnlyList<StaffPerson>> LoadAsync(CancellationToken cancellationToken = default)
    {
        var memberships = await roster.GetStaffAsync(null, cancellationToken);
        var roles = (await (from ur in db.Set<IdentityUserRole<Guid>>()
                            join r in db.Set<PortalRole>() on ur.RoleId equals r.Id
                            where EnterpriseRoles.Contains(r.Name!)
                            select new { ur.UserId, r.Name }).ToListAsync(cancellationToken))
            .ToLookup(r => r.UserId, r => r.Name!);
        var enterprises = await directory.GetAsync([.. memberships.Select(m => m.EnterpriseId).Distinct()], cancellationToken);
        return [.. memberships.GroupBy(m => m.UserId).Select(g =>
        {
            var post = g.OrderByDescending(m => m.MemberSince).ThenByDescending(m => m.UnitCode.Length).First();
            return new StaffPerson(post.UserId, post.EnterpriseId, post.UnitId, post.UnitCode, post.Position, post.MemberSince,
                TrainingAudienceRules.Of([.. roles[g.Key]], post.Position), enterprises.GetValueOrDefault(post.EnterpriseId)?.IndustryCode);
        })];
    }

    /// <summary>Creates the profiles of people met for the first time and follows moves of the others; saves.</summary>
    public async Task SyncProfilesAsync(IReadOnlyList<StaffPerson> staff, CancellationToken cancellationToken = default)
    {
        var profiles = await db.Set<LearnerProfile>().ToDictionaryAsync(p => p.UserId, cancellationToken);
        var today = ChinaDay.Of(clock.GetUtcNow().UtcDateTime);
        foreach (var person in staff)
        {
            if (profiles.TryGetValue(person.UserId, out var profile))
            {
                profile.Follow(person.EnterpriseId, person.UnitId, person.Position, person.Audience, person.IndustryCode, today);
                continue;
            }
            db.Add(new LearnerProfile
            {
                UserId = person.UserId,
                EnterpriseId = person.EnterpriseId,
                UnitId = person.UnitId,
                Position = person.Position is { Length: > LearnerProfile.MaxPositionLength } p ? p[..LearnerProfile.MaxPositionLength] : person.Position,
                IndustryCode = person.IndustryCode,
                Audience = person.Audience,
                StartedOn = ChinaDay.Of(person.MemberSince),
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}
