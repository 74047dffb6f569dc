namespace SafetyPortal.Organization.Import;

public enum ImportFileFormat
{
    Xlsx,
    Csv,
}
