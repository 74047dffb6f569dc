namespace SafetyPortal.Platform.Import;

/// <summary>One row of a spreadsheet: its number as Excel shows it (1 = the header) and its cells, left to right.</summary>
public sealed record SheetRow(int Number, IReadOnlyList<string?> Cells)
{
    public bool IsBlank => Cells.All(string.IsNullOrWhiteSpace);

    public string? this[int column] => column >= 0 && column < Cells.Count ? Cells[column] : null;
}
