using SafetyPortal.Organization.Domain;

namespace SafetyPortal.Organization.Import;

/// <summary>
/// A job as the progress bar and the report read it. Percent covers validation and writing;
/// Accepted = Created + Updated. Errors lists every rejected row (row, column, reason).
/// </summary>
public sealed record ImportJobDto(
    Guid Id,
    ImportKind Kind,
    string FileName,
    ImportJobStatus Status,
    int TotalRows,
    int ProcessedRows,
    int Percent,
    int Accepted,
    int Created,
    int Updated,
    int Rejected,
    string? FileError,
    IReadOnlyList<ImportRowError> Errors,
    DateTime CreationTime,
    DateTime? FinishedTime);
