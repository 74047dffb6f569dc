namespace SafetyPortal.Exams.Interop;

/// <summary>An imported question whose normalised stem equals that of <see cref="DuplicateOf"/> (null: an earlier question of the same file).</summary>
public sealed record ImportDuplicateDto(int Index, string Name, Guid? DuplicateOf);
