namespace SafetyPortal.Platform.Identity;

/// <summary>
/// The staff of the current town's enterprises, in bulk, for modules that act on whole audiences (training plans);
/// implemented by the Organization module. Town and bureau staff (members of no enterprise) are not on it.
/// </summary>
public interface IStaffRoster
{
    /// <summary>Every membership of active users in these enterprises (null: every enterprise of the current town).</summary>
    Task<IReadOnlyList<StaffMember>> GetStaffAsync(IReadOnlyCollection<Guid>? enterpriseIds, CancellationToken cancellationToken = default);

    /// <summary>The dotted codes of these units of the current town, keyed by id (unknown ids are left out).</summary>
    Task<IReadOnlyDictionary<Guid, string>> GetUnitCodesAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken = default);

    /// <summary>The display names of these units of the current town (or, on the host, of every town), keyed by id.</summary>
    Task<IReadOnlyDictionary<Guid, string>> GetUnitNamesAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken = default);
}
