namespace SafetyPortal.Platform.Sms;

/// <summary>
/// One text message. Mainland gateways (Aliyun, Tencent Cloud) send registered templates filled with parameters,
/// so both are given: Template and Parameters for such gateways, Text (already localized) for free-text gateways.
/// </summary>
/// <param name="PhoneNumber">11-digit mainland mobile number.</param>
/// <param name="Template">The portal's template name, e.g. <see cref="SmsTemplates.PasswordResetCode"/>; map it to the gateway's template code.</param>
/// <param name="Parameters">Template parameters, e.g. "code".</param>
/// <param name="Text">The whole message in the user's language.</param>
public sealed record SmsMessage(string PhoneNumber, string Template, IReadOnlyDictionary<string, string> Parameters, string Text);
