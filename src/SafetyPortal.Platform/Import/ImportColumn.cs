namespace SafetyPortal.Platform.Import;

/// <summary>A column an import understands; its header is the resx text "ImportColumn.{Key}" in Chinese or English, or the key itself.</summary>
public sealed record ImportColumn(string Key, bool Required = false)
{
    public string LabelKey => "ImportColumn." + Key;
}
