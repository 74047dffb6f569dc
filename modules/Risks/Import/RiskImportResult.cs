using SafetyPortal.Platform.Import;

namespace SafetyPortal.Risks.Import;

/// <summary>The per-row report of a catalogue or risk-point import, in the shape of the staff import's report.</summary>
public sealed record RiskImportResult(int TotalRows, int Created, int Updated, int Rejected, string? FileError, IReadOnlyList<ImportRowError> Errors)
{
    public static RiskImportResult From(ImportReport report) =>
        new(report.TotalRows, report.Created, report.Updated, report.Rejected, report.FileError, report.SortedErrors());
}
