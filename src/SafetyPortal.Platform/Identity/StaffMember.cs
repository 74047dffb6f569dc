namespace SafetyPortal.Platform.Identity;

/// <summary>
/// One membership of an enterprise's staff roster (员工库): the person, the enterprise, the unit they work in
/// (the enterprise itself or a department, workshop or team under it), the unit's dotted code, the position (岗位)
/// and when the membership began (the time the person joined that unit or post).
/// </summary>
public sealed record StaffMember(
    Guid UserId,
    Guid EnterpriseId,
    Guid UnitId,
    string UnitCode,
    string? Position,
    DateTime MemberSince);
