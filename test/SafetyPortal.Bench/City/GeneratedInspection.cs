using SafetyPortal.Inspections.Domain;

namespace SafetyPortal.Bench.City;

/// <summary>One enterprise's task in one generated cycle: its outcome and the counts its checklist would have had.</summary>
public sealed record GeneratedInspection(InspectionTaskStatus Status, int ItemCount, int AnsweredCount, int FailedCount, PerfunctoryFlags Flags,
    DateTime? StartedTime, DateTime? SubmittedTime);
