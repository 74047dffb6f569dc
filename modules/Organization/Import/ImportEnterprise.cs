namespace SafetyPortal.Organization.Import;

/// <summary>An enterprise of the town as a staff import sees it: its units by name and by path ("冲压车间/一班").</summary>
internal sealed class ImportEnterprise(Guid id, string code, string name)
{
    public Guid Id { get; } = id;
    public string Code { get; } = code;
    public string Name { get; } = name;

    /// <summary>Unit name → ids of every unit of that name below the enterprise (several: ambiguous).</summary>
    public Dictionary<string, List<Guid>> UnitsByName { get; } = new(StringComparer.Ordinal);

    /// <summary>"Workshop/Team" path below the enterprise → unit id; paths are unique.</summary>
    public Dictionary<string, Guid> UnitsByPath { get; } = new(StringComparer.Ordinal);
}
