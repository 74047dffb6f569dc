using SafetyPortal.Inspections.Domain;

namespace SafetyPortal.Bench.City;

/// <summary>A generated work-order campaign: what it asks, how often, from the first day to the last (inclusive), photos per answer.</summary>
public sealed record CampaignPlan(string Title, string Measure, WorkOrderFrequency Frequency, DateOnly FirstDay, DateOnly LastDay, int MinPhotos);
