namespace SafetyPortal.Platform.Import;

/// <summary>The file as a whole cannot be imported (not a spreadsheet, unreadable, required columns missing); Message is for the user.</summary>
public sealed class ImportFileException(string message, Exception? innerException = null) : Exception(message, innerException);
