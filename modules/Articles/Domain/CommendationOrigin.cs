namespace SafetyPortal.Articles.Domain;

/// <summary>How an entry came onto the list: from the ranking, or added by the town with a reason.</summary>
public enum CommendationOrigin
{
    Ranked = 1,
    ManualAddition = 2,
}
