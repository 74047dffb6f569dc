using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Organization.Domain;

/// <summary>One uploaded spreadsheet and how its import went: progress while it runs, the report when done.</summary>
public class ImportJob : Entity, IMultiTenant, IHasCreationTime
{
    public const int MaxFileNameLength = 256;

    public Guid? TenantId { get; set; }
    public ImportKind Kind { get; set; }

    /// <summary>The name the user's file had.</summary>
    public string FileName { get; set; } = "";

    /// <summary>Where the upload waits (under App_Data/imports) until the job is done; null afterwards.</summary>
    public string? StoredFileName { get; set; }

    /// <summary>The UI culture of the upload, so the report speaks the uploader's language.</summary>
    public string Culture { get; set; } = "";
    public Guid? CreatorId { get; set; }
    public ImportJobStatus Status { get; set; }

    /// <summary>Data rows in the file (blank rows not counted); known once validation has read the file.</summary>
    public int TotalRows { get; set; }

    /// <summary>Rows validated while Validating, rows written or rejected while Writing.</summary>
    public int ProcessedRows { get; set; }
    public int CreatedCount { get; set; }
    public int UpdatedCount { get; set; }
    public int RejectedCount { get; set; }

    /// <summary>The report: every rejected row with row number, column and reason, as JSON.</summary>
    public string? ReportJson { get; set; }
    public DateTime CreationTime { get; set; }
    public DateTime? FinishedTime { get; set; }
}
