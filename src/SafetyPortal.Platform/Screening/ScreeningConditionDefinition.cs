namespace SafetyPortal.Platform.Screening;

/// <summary>
/// What the screening builder shows for one condition: its stable key (e.g. "risks.level-count"), its localized
/// name and group (the module's subject, e.g. 企业信息, 风险), and its parameters.
/// </summary>
public sealed record ScreeningConditionDefinition(
    string Key,
    string Name,
    string Group,
    IReadOnlyList<ScreeningParameterDefinition> Parameters);
