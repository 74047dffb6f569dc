namespace SafetyPortal.Platform.Import;

public enum ImportFileFormat
{
    Xlsx,
    Csv,
}
