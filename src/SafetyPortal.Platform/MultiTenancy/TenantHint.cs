namespace SafetyPortal.Platform.MultiTenancy;

/// <summary>What a request says about its town, before the town is looked up.</summary>
public sealed record TenantHint(Guid? Id, string? Code)
{
    public static readonly TenantHint Host = new(null, null);

    public bool IsHost => Id is null && Code is null;

    public static TenantHint ById(Guid id) => new(id, null);

    public static TenantHint ByCode(string code) => new(null, code);
}
