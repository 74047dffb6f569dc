namespace SafetyPortal.Inspections.WorkOrders;

/// <summary>
/// A campaign as its readers see it: what, how often, which days, the evidence, and for the current period (null when the
/// campaign is not running today) how many of the reader's enterprises answered, and the rate in percent (one decimal).
/// </summary>
public sealed record WorkOrderCampaignDto(
    Guid Id,
    Guid? TownId,
    string Title,
    string Measure,
    string Frequency,
    DateOnly FirstDay,
    DateOnly LastDay,
    int MinPhotos,
    bool RequirePlace,
    string CreatorName,
    DateTime CreationTime,
    DateOnly? Period,
    int Target,
    int Answered,
    decimal? AnsweredRate);
