namespace SafetyPortal.Platform.Sms;

/// <summary>The messages the portal sends, by template name, and the parameters each one fills.</summary>
public static class SmsTemplates
{
    /// <summary>Parameter "code": the 6-digit code that lets the user choose a new password.</summary>
    public const string PasswordResetCode = "PasswordResetCode";

    /// <summary>Parameter "title": the title of a notice in the notification centre (INotificationPublisher's AlsoSms).</summary>
    public const string Notice = "Notice";
}
