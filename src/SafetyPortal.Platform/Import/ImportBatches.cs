namespace SafetyPortal.Platform.Import;

public static class ImportBatches
{
    /// <summary>Rows written per transaction: large enough for bulk speed, small enough that a failure costs little.</summary>
    public const int Size = 2_000;

    /// <summary>How often (in rows) validation reports progress.</summary>
    public const int ProgressInterval = 5_000;
}
