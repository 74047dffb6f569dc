using System.Globalization;

namespace SafetyPortal.Platform.Auditing;

/// <summary>Property values as culture-invariant text: times in ISO 8601, enums by name.</summary>
internal static class AuditValueText
{
    public static string? Format(object? value) => value switch
    {
        null => null,
        string text => text,
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        DateTimeOffset time => time.ToString("O", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        Enum member => member.ToString(),
        byte[] bytes => $"({bytes.Length} bytes)",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>Cuts a text to a column's length, ending with "…" when something was cut.</summary>
    public static string? Shorten(string? text, int maxLength) =>
        text is null || text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength - 1), "…");
}
