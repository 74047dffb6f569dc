namespace SafetyPortal.Exams.Interop;

/// <summary>
/// What an import did: how many questions were stored, which were not and why (Index: 1-based position among the
/// file's questions, the sheet row for Excel), and which stored ones repeat a stem already in the bank or earlier in the file.
/// </summary>
public sealed record ImportResultDto(int Accepted, IReadOnlyList<ImportRejectionDto> Rejected, IReadOnlyList<ImportDuplicateDto> Duplicates);
