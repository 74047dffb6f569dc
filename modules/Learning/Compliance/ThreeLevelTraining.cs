namespace SafetyPortal.Learning.Compliance;

/// <summary>三级安全教育: the company, workshop and team levels of pre-job training in manufacturing.</summary>
[Flags]
public enum ThreeLevelTraining
{
    None = 0,

    /// <summary>厂（公司）级.</summary>
    Company = 1,

    /// <summary>车间（工段、区、队）级.</summary>
    Workshop = 2,

    /// <summary>班组级.</summary>
    Team = 4,

    All = Company | Workshop | Team,
}
