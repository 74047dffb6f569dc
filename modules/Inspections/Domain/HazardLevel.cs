namespace SafetyPortal.Inspections.Domain;

/// <summary>事故隐患 level: 一般 General, 重大 Major (reported to the bureau, a longer rectification).</summary>
public enum HazardLevel
{
    General = 0,
    Major = 1,
}
