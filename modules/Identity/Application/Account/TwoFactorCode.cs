namespace SafetyPortal.Identity.Application.Account;

/// <summary>Codes are typed as "123 456" or "123-456" as often as "123456".</summary>
public static class TwoFactorCode
{
    public static string? Normalize(string? code)
    {
        var digits = code?.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return string.IsNullOrEmpty(digits) ? null : digits;
    }
}
