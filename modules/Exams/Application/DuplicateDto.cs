namespace SafetyPortal.Exams.Application;

/// <summary>A visible question whose normalised stem equals another's.</summary>
public sealed record DuplicateDto(Guid Id, string Name, Guid CategoryId, bool IsBureau);
