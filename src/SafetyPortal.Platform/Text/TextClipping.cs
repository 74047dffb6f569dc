namespace SafetyPortal.Platform.Text;

public static class TextClipping
{
    /// <summary>The text cut to at most <paramref name="length"/> characters, for texts that are cut rather than refused when longer than their column.</summary>
    public static string Clip(string text, int length)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= length ? text : text[..length];
    }
}
