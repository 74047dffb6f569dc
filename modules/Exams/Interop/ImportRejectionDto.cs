namespace SafetyPortal.Exams.Interop;

public sealed record ImportRejectionDto(int Index, string Name, string Reason);
