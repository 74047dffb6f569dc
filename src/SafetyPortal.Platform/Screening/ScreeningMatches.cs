namespace SafetyPortal.Platform.Screening;

/// <summary>
/// The enterprises one condition matches, each with its reason. Most conditions name their matches (<see cref="Only"/>);
/// a condition that also matches enterprises it has no rows for ("at most 2 major risks" matches those with none)
/// names the enterprises it rules out instead and gives the others one common reason (<see cref="AllBut"/>).
/// </summary>
public sealed class ScreeningMatches
{
    private ScreeningMatches(IReadOnlyDictionary<Guid, ScreeningReason> reasons, IReadOnlySet<Guid> excluded, ScreeningReason? othersReason)
    {
        Reasons = reasons;
        Excluded = excluded;
        OthersReason = othersReason;
    }

    /// <summary>Matched enterprises with their reasons.</summary>
    public IReadOnlyDictionary<Guid, ScreeningReason> Reasons { get; }

    /// <summary>Enterprises ruled out; only meaningful when <see cref="OthersReason"/> is set.</summary>
    public IReadOnlySet<Guid> Excluded { get; }

    /// <summary>Set when every enterprise neither in <see cref="Reasons"/> nor <see cref="Excluded"/> matches too, with this reason.</summary>
    public ScreeningReason? OthersReason { get; }

    public bool MatchesOthers => OthersReason is not null;

    public static ScreeningMatches Only(IReadOnlyDictionary<Guid, ScreeningReason> reasons) =>
        new(reasons, new HashSet<Guid>(), null);

    public static ScreeningMatches AllBut(IReadOnlyDictionary<Guid, ScreeningReason> reasons, IEnumerable<Guid> excluded, ScreeningReason othersReason) =>
        new(reasons, excluded.ToHashSet(), othersReason);

    /// <summary>The reason this condition gives the enterprise, or null when it does not match.</summary>
    public ScreeningReason? ReasonFor(Guid enterpriseId) =>
        Reasons.TryGetValue(enterpriseId, out var reason) ? reason
        : MatchesOthers && !Excluded.Contains(enterpriseId) ? OthersReason
        : null;
}
