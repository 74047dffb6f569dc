namespace SafetyPortal.Http.Tests.Infrastructure;

public sealed record AuthenticatorDocument(bool IsEnabled, string SharedKey, string FormattedKey, string AuthenticatorUri);
