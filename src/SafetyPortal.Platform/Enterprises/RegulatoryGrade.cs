namespace SafetyPortal.Platform.Enterprises;

/// <summary>监管等级: how closely the town supervises the enterprise, A closest. In the kernel because enterprises
/// (Organization) carry it and the inspection cycles (Inspections) pick key enterprises by it.</summary>
public enum RegulatoryGrade
{
    Unrated = 0,
    A = 1,
    B = 2,
    C = 3,
    D = 4,
}
