namespace SafetyPortal.Platform.Import;

/// <summary>Why one row was refused: its number as Excel shows it, the column header, the reason in the uploader's language.</summary>
public sealed record ImportRowError(int Row, string Column, string Reason);
