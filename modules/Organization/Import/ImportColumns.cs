namespace SafetyPortal.Organization.Import;

/// <summary>The columns of the two templates, in template order.</summary>
public static class ImportColumns
{
    public const string EnterpriseName = "EnterpriseName";
    public const string CreditCode = "CreditCode";
    public const string IndustryCode = "IndustryCode";
    public const string EnterpriseType = "EnterpriseType";
    public const string KeySites = "KeySites";
    public const string RegulatoryGrade = "RegulatoryGrade";
    public const string PrincipalName = "PrincipalName";
    public const string PrincipalPhone = "PrincipalPhone";
    public const string SafetyManagerName = "SafetyManagerName";
    public const string SafetyManagerPhone = "SafetyManagerPhone";
    public const string Address = "Address";

    public const string Name = "Name";
    public const string IdCardNumber = "IdCardNumber";
    public const string Mobile = "Mobile";
    public const string EnterpriseCreditCode = "EnterpriseCreditCode";
    public const string Unit = "Unit";
    public const string Position = "Position";
    public const string Role = "Role";
    public const string UserName = "UserName";

    public static readonly IReadOnlyList<ImportColumn> Enterprise =
    [
        new(EnterpriseName, Required: true), new(CreditCode, Required: true), new(IndustryCode), new(EnterpriseType),
        new(KeySites), new(RegulatoryGrade), new(PrincipalName), new(PrincipalPhone), new(SafetyManagerName),
        new(SafetyManagerPhone), new(Address),
    ];

    /// <summary>The enterprise is named by its credit code or, failing that, its exact name: one of the two columns is needed.</summary>
    public static readonly IReadOnlyList<ImportColumn> Staff =
    [
        new(Name, Required: true), new(IdCardNumber, Required: true), new(Mobile, Required: true), new(EnterpriseCreditCode),
        new(EnterpriseName), new(Unit), new(Position), new(Role), new(UserName),
    ];

    public static readonly IReadOnlyList<string[]> StaffAlternatives = [[EnterpriseCreditCode, EnterpriseName]];

    /// <summary>The template leaves out the optional user-name column: the mobile number is the user name.</summary>
    public static IReadOnlyList<ImportColumn> Template(Domain.ImportKind kind) =>
        kind == Domain.ImportKind.Enterprises ? Enterprise : Staff.Where(c => c.Key != UserName).ToList();
}
