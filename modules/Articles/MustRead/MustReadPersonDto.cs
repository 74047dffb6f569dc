namespace SafetyPortal.Articles.MustRead;

/// <summary>One person an assignment reached: name, enterprise and unit, and when they read it to the end (null: not yet).</summary>
public sealed record MustReadPersonDto(
    Guid UserId,
    string Name,
    Guid EnterpriseId,
    string EnterpriseName,
    Guid UnitId,
    string? UnitName,
    DateTime? ReadToEndAt);
