using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Inspections.Cycles;

/// <summary>
/// Who does each enterprise's inspection. Self-checks: the enterprise's safety managers (no assignee). Patrols: the safety
/// officer (网格员) of the enterprise's grid while that user still holds the SafetyOfficer role; an enterprise in no grid, or
/// whose grid has no such officer, goes to the town's safety officers by a stable share (the same officer from cycle to
/// cycle). Inspections: the town's inspectors in turn, the shares moving on by one each cycle so no inspector checks the
/// same enterprise twice running. With no one in the role the task stays unassigned and anyone holding the role may take it.
/// </summary>
public sealed class InspectionRota
{
    private readonly IReadOnlyList<Guid> _people;
    private readonly int _turn;

    private InspectionRota(IReadOnlyList<Guid> people, int turn, bool followsGrids)
    {
        _people = people;
        _turn = turn;
        FollowsGrids = followsGrids;
    }

    /// <summary>Whether the assignee depends on the enterprise's grid (patrols), so the caller reads the enterprises' summaries.</summary>
    public bool FollowsGrids { get; }

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
        return new InspectionRota(people, turn, tier == InspectionTier.Patrol);
    }

    /// <summary>
    /// The assignee of the enterprise at this position in the town's enterprises (ordered by id): its grid officer when the
    /// rota follows grids and that user is still among the role's holders, else the share of the position.
    /// </summary>
    public Guid? AssigneeOf(int position, EnterpriseSummary? enterprise) =>
        FollowsGrids && enterprise?.GridOfficerId is { } officer && _people.Contains(officer)
            ? officer
            : _people.Count == 0 ? null : _people[(position + _turn) % _people.Count];
}
