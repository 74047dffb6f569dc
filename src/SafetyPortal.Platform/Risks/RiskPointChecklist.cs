namespace SafetyPortal.Platform.Risks;

/// <summary>
/// What an inspection checks at one active risk point: its control measures (管控措施) and the check points (检查要点)
/// of its catalogue category's current version. Level is the risk level's name (Major, Significant, General, Low).
/// </summary>
public sealed record RiskPointChecklist(
    Guid RiskPointId,
    Guid EnterpriseId,
    string Name,
    string Location,
    string Level,
    IReadOnlyList<string> Measures,
    IReadOnlyList<string> CheckPoints);
