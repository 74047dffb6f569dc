namespace SafetyPortal.Exams.Application;

/// <summary>How many of the questions changed.</summary>
public sealed record BulkTagResultDto(int Updated);
