using SafetyPortal.Inspections.Domain;

namespace SafetyPortal.Inspections.Cycles;

/// <summary>Open a tier's cycle now: the period holding Day (China calendar; today when left out).</summary>
public sealed record OpenCycleRequest(InspectionTier? Tier, DateOnly? Day = null);
