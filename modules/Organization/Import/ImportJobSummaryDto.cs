using SafetyPortal.Organization.Domain;

namespace SafetyPortal.Organization.Import;

/// <summary>A job in the list of recent imports, without its report.</summary>
public sealed record ImportJobSummaryDto(
    Guid Id,
    ImportKind Kind,
    string FileName,
    ImportJobStatus Status,
    int TotalRows,
    int Created,
    int Updated,
    int Rejected,
    DateTime CreationTime,
    DateTime? FinishedTime);
