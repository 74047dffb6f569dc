namespace SafetyPortal.Risks.Domain;

/// <summary>How a risk point's level was assessed; the numbers used are kept on the point.</summary>
public enum AssessmentMethod
{
    /// <summary>Risk matrix: likelihood (L 1–5) × severity (S 1–5).</summary>
    LS = 1,

    /// <summary>作业条件危险性分析法: likelihood × exposure × consequence (Graham–Kinney).</summary>
    LEC = 2,
}
