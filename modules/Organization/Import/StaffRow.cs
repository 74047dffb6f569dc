namespace SafetyPortal.Organization.Import;

/// <summary>A staff row that passed every check, reduced to what the write needs; ExistingUserId is set when it updates a person.</summary>
internal sealed record StaffRow(
    int RowNumber,
    string Name,
    string IdCardNumber,
    string Mobile,
    string UserName,
    Guid UnitId,
    string? Position,
    Guid RoleId,
    Guid? ExistingUserId);
