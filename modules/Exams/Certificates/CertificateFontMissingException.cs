namespace SafetyPortal.Exams.Certificates;

/// <summary>The PDF's font file is missing or not a font: answered as a 503 naming the setting, never a blank PDF.</summary>
public sealed class CertificateFontMissingException(string setting, string path)
    : Exception($"The certificate font '{path}' (setting {setting}) is missing or unreadable; install fonts-noto-cjk or set {setting}.")
{
    public string Setting { get; } = setting;
    public string Path { get; } = path;
}
