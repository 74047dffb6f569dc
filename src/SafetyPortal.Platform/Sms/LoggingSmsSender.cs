using Microsoft.Extensions.Logging;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Platform.Sms;

/// <summary>
/// The default sender: writes the message to the log instead of sending it, with the number masked, so a
/// development install works without a gateway. The text (which holds the code) is logged on purpose.
/// </summary>
public sealed class LoggingSmsSender(ILogger<LoggingSmsSender> logger) : ISmsSender
{
    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        logger.LogWarning("SMS not sent (no gateway configured) to {PhoneNumber}, template {Template}: {Text}",
            MobileNumber.Mask(message.PhoneNumber), message.Template, message.Text);
        return Task.CompletedTask;
    }
}
