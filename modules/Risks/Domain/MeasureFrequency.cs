namespace SafetyPortal.Risks.Domain;

/// <summary>How often a control measure is carried out or checked.</summary>
public enum MeasureFrequency
{
    EachShift = 1,
    Daily = 2,
    Weekly = 3,
    Monthly = 4,
    Quarterly = 5,
    Yearly = 6,
}
