using SafetyPortal.Inspections.Domain;

namespace SafetyPortal.Inspections.Cycles;

/// <summary>What an opening did: the cycle, how many tasks it opened now, how many it holds in all.</summary>
public sealed record OpenCycleResult(Guid CycleId, InspectionTier Tier, DateOnly PeriodStart, DateOnly PeriodEnd, int Opened, int TaskCount);
