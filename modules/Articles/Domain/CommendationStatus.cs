namespace SafetyPortal.Articles.Domain;

/// <summary>Where a commendation list stands: the town drafts and proposes, the bureau approves or returns, then publishes.</summary>
public enum CommendationStatus
{
    Draft = 1,
    Proposed = 2,
    Returned = 3,
    Approved = 4,
    Published = 5,
}
