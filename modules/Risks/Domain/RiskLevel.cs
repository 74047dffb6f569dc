namespace SafetyPortal.Risks.Domain;

/// <summary>风险等级, from the most to the least severe; shown red / orange / yellow / blue.</summary>
public enum RiskLevel
{
    /// <summary>重大风险, red.</summary>
    Major = 1,

    /// <summary>较大风险, orange.</summary>
    Significant = 2,

    /// <summary>一般风险, yellow.</summary>
    General = 3,

    /// <summary>低风险, blue.</summary>
    Low = 4,
}
