namespace SafetyPortal.Learning.Compliance;

/// <summary>The groups the training rules set hours for.</summary>
public enum PersonCategory
{
    /// <summary>主要负责人.</summary>
    Principal = 1,

    /// <summary>安全管理人员.</summary>
    SafetyManager = 2,

    /// <summary>一线从业人员.</summary>
    Frontline = 3,
}
