namespace SafetyPortal.Organization.Domain;

/// <summary>What a spreadsheet import brings in.</summary>
public enum ImportKind
{
    /// <summary>企业: matched by credit code.</summary>
    Enterprises = 1,

    /// <summary>员工: users of the town, matched by ID-card number.</summary>
    Staff = 2,
}
