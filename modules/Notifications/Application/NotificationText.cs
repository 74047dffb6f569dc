using SafetyPortal.Platform.Text;

namespace SafetyPortal.Notifications.Application;

/// <summary>Texts longer than their column are cut rather than refused: a notice is never worth failing the caller's step.</summary>
internal static class NotificationText
{
    public static string? ClipOrNull(string? text, int length) => string.IsNullOrWhiteSpace(text) ? null : TextClipping.Clip(text, length);
}
