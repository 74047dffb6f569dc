namespace SafetyPortal.Inspections.Domain;

/// <summary>The tiers of the "1+2+3" system: who inspects, and (by default) how often.</summary>
public enum InspectionTier
{
    /// <summary>自查: the enterprise checks itself, every month.</summary>
    SelfCheck = 1,

    /// <summary>巡查: the full-time safety officer of the enterprise's grid patrols it, every 2 months.</summary>
    Patrol = 2,

    /// <summary>检查: town inspectors check key enterprises, every 3 months.</summary>
    Inspection = 3,
}
