using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Inspections.Cycles;

/// <summary>
/// Who does each enterprise's inspection. Self-checks: the enterprise's safety managers (no assignee). Patrols: the town's
/// safety officers, each keeping the same share of enterprises from cycle to cycle (their grid). Inspections: the town's
/// inspectors in turn, the shares moving on by one each cycle so no inspector checks the same enterprise twice running.
/// With no one in the role the task stays unassigned and anyone holding the role may take it.
/// </summary>
public sealed class InspectionRota
{
    private readonly IReadOnlyList<Guid> _people;
    private readonly int _turn;

    private InspectionRota(IReadOnlyList<Guid> people, int turn)
    {
        _people = people;
        _turn = turn;
    }

    public static async Task<InspectionRota> ForAsync(PortalDbContext db, InspectionTier tier, CyclePeriod period, int months,
        CancellationToken cancellationToken)
    {
        string? role = tier switch
        {
            InspectionTier.Patrol => PortalRoles.SafetyOfficer,
            InspectionTier.Inspection => PortalRoles.TownInspector,
            _ => null,
        };
        var people = role is null ? [] : (await db.UserIdsInRolesAsync([role], cancellationToken)).Order().ToList();
        var turn = tier == InspectionTier.Inspection ? ((period.Start.Year * 12) + period.Start.Month - 1) / months : 0;
        return new InspectionRota(people, turn);
    }

    /// <summary>The assignee of the enterprise at this position in the town's enterprises (ordered by id).</summary>
    public Guid? AssigneeAt(int position) => _people.Count == 0 ? null : _people[(position + _turn) % _people.Count];
}
