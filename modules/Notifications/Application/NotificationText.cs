namespace SafetyPortal.Notifications.Application;

/// <summary>Texts longer than their column are cut rather than refused: a notice is never worth failing the caller's step.</summary>
internal static class NotificationText
{
    public static string Clip(string text, int length) => text.Length <= length ? text : text[..length];

    public static string? ClipOrNull(string? text, int length) => string.IsNullOrWhiteSpace(text) ? null : Clip(text, length);
}
