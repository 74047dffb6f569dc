namespace SafetyPortal.Platform.Enterprises;

/// <summary>The enterprises of the current town as other modules may read them; implemented by the Organization module.</summary>
public interface IEnterpriseDirectory
{
    /// <summary>
    /// The enterprises the signed-in user may see in the current town: null for the whole town (town staff,
    /// or no signed-in user), else the enterprises of their own units (enterprise staff).
    /// </summary>
    Task<IReadOnlyList<Guid>?> GetVisibleEnterpriseIdsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// The enterprises with these ids in the current town; on the host (no current town) in every town,
    /// the one host-only cross-town read of this contract. Unknown ids are left out.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, EnterpriseSummary>> GetAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every enterprise id of the current town; on the host (no current town) of every town, as <see cref="GetAsync"/>.
    /// For screening conditions that match the enterprises they have no rows for.
    /// </summary>
    Task<IReadOnlyList<Guid>> GetAllIdsAsync(CancellationToken cancellationToken = default);

    /// <summary>The current town's enterprises with these credit codes (统一社会信用代码), keyed by code.</summary>
    Task<IReadOnlyDictionary<string, EnterpriseSummary>> FindByCreditCodesAsync(IReadOnlyCollection<string> creditCodes, CancellationToken cancellationToken = default);

    /// <summary>The current town's enterprises whose name contains the text (at most <paramref name="take"/>), for pickers.</summary>
    Task<IReadOnlyList<EnterpriseSummary>> SearchAsync(string? text, int take, CancellationToken cancellationToken = default);
}
