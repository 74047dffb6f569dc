namespace SafetyPortal.Exams.Application;

/// <summary>Live questions sharing one normalised stem.</summary>
public sealed record DuplicateGroupDto(string StemHash, IReadOnlyList<DuplicateDto> Questions);
