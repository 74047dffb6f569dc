using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Inspections.Notices;

/// <summary>Who answers for an enterprise's safety work: its principal and safety managers, in the current town.</summary>
public sealed class EnterpriseSafetyStaff(PortalDbContext db, IStaffRoster roster)
{
    private static readonly string[] Roles = [PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager];

    /// <summary>The users, keyed by enterprise (enterprises without any are absent).</summary>
    public async Task<IReadOnlyDictionary<Guid, List<Guid>>> OfAsync(IReadOnlyCollection<Guid> enterpriseIds, CancellationToken cancellationToken)
    {
        var holders = (await db.UserIdsInRolesAsync(Roles, cancellationToken)).ToHashSet();
        return (await roster.GetStaffAsync(enterpriseIds, cancellationToken))
            .Where(s => holders.Contains(s.UserId))
            .GroupBy(s => s.EnterpriseId)
            .ToDictionary(g => g.Key, g => g.Select(s => s.UserId).Distinct().ToList());
    }
}
