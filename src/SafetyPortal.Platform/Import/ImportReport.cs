namespace SafetyPortal.Platform.Import;

/// <summary>What an import did: rows created and updated, and every rejected row with its reasons.</summary>
public sealed class ImportReport
{
    private readonly HashSet<int> _rejectedRows = [];

    public int TotalRows { get; set; }
    public int Created { get; set; }
    public int Updated { get; set; }
    public int Rejected => _rejectedRows.Count;

    /// <summary>Set when the file as a whole could not be imported.</summary>
    public string? FileError { get; set; }
    public List<ImportRowError> Errors { get; } = [];

    public void Reject(int row, string column, string reason)
    {
        _rejectedRows.Add(row);
        Errors.Add(new ImportRowError(row, column, reason));
    }

    public bool IsRejected(int row) => _rejectedRows.Contains(row);

    /// <summary>Errors in row order, then in the order they were found.</summary>
    public IReadOnlyList<ImportRowError> SortedErrors() => [.. Errors.OrderBy(e => e.Row)];
}
