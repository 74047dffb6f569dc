namespace SafetyPortal.Identity.Application.Account;

/// <summary>
/// Two-factor sign-in with an authenticator app (TOTP, RFC 6238). SharedKey is the Base32 secret to type in;
/// AuthenticatorUri the otpauth:// link a QR code would carry.
/// </summary>
public sealed record AuthenticatorDto(bool IsEnabled, string SharedKey, string FormattedKey, string AuthenticatorUri);
