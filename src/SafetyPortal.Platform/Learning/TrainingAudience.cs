namespace SafetyPortal.Platform.Learning;

/// <summary>Whom a training plan is for; a person may be several (a safety manager who is also a licensed electrician).</summary>
[Flags]
public enum TrainingAudience
{
    /// <summary>On a plan: every member of the staff it covers.</summary>
    None = 0,

    /// <summary>主要负责人: the role EnterprisePrincipal.</summary>
    Principal = 1,

    /// <summary>安全管理人员: the role EnterpriseSafetyManager.</summary>
    SafetyManager = 2,

    /// <summary>一线员工: enterprise staff who are neither principal nor safety manager (the role Employee, or none).</summary>
    Frontline = 4,

    /// <summary>特种作业人员: a position of the special-operations catalogue (electrician, welder, work at height, ...).</summary>
    SpecialOperations = 8,
}
