namespace SafetyPortal.Platform.Risks;

/// <summary>The checklist sources of enterprises' risk registers, in bulk (a month's inspections); implemented by the Risks module.</summary>
public interface IRiskPointChecklists
{
    /// <summary>The active risk points of these enterprises of the current town, most severe first, keyed by enterprise (none: absent).</summary>
    Task<IReadOnlyDictionary<Guid, IReadOnlyList<RiskPointChecklist>>> GetAsync(IReadOnlyCollection<Guid> enterpriseIds, CancellationToken cancellationToken = default);
}
