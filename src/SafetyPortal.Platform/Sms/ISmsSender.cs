namespace SafetyPortal.Platform.Sms;

/// <summary>
/// Sends text messages. The platform registers <see cref="LoggingSmsSender"/>, which only writes to the log;
/// an install plugs its gateway in by registering its own implementation after AddPortalPlatform (see README).
/// </summary>
public interface ISmsSender
{
    Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default);
}
