namespace SafetyPortal.Organization.Domain;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet (no I, O, S, V, Z);
/// characters 3–8 are the administrative division code; the last is a check character computed
/// from the first 17 with weights 3^i mod 31.
/// </summary>
public static class UnifiedSocialCreditCode
{
    public const int Length = 18;
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>Upper-cases and trims; does not validate.</summary>
    public static string Normalize(string? code) => (code ?? "").Trim().ToUpperInvariant();

    public static UnifiedSocialCreditCodeError? Validate(string? code)
    {
        var value = Normalize(code);
        if (value.Length != Length)
        {
            return UnifiedSocialCreditCodeError.WrongLength;
        }
        if (value.Any(c => !Alphabet.Contains(c, StringComparison.Ordinal)))
        {
            return UnifiedSocialCreditCodeError.InvalidCharacter;
        }
        if (!value[2..8].All(char.IsAsciiDigit))
        {
            return UnifiedSocialCreditCodeError.InvalidDivisionCode;
        }
        return value[17] == CheckCharacter(value) ? null : UnifiedSocialCreditCodeError.WrongCheckCharacter;
    }

    /// <summary>The check character for the first 17 characters of a code.</summary>
    public static char CheckCharacter(string code)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Alphabet.IndexOf(code[i], StringComparison.Ordinal) * Weights[i];
        }
        var check = 31 - (sum % 31);
        return Alphabet[check == 31 ? 0 : check];
    }
}
