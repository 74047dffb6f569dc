namespace SafetyPortal.Inspections.Cycles;

/// <summary>An opening's answer: how many tasks it opened now, and the cycle with its coverage.</summary>
public sealed record OpenCycleResponse(int Opened, InspectionCycleDto Cycle);
