using System.Globalization;

namespace SafetyPortal.Organization.Domain;

/// <summary>
/// 居民身份证号码 (GB 11643-1999): 6-digit address code, 8-digit birth date (yyyyMMdd), 3-digit
/// sequence and a check character computed from the first 17 digits with weights 2^(17-i) mod 11.
/// </summary>
public static class IdCardNumber
{
    public const int Length = 18;
    private const string CheckCharacters = "10X98765432";
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>Trims and upper-cases (a lower-case x check character is common in spreadsheets); does not validate.</summary>
    public static string Normalize(string? number) => (number ?? "").Trim().ToUpperInvariant();

    /// <summary>Null when the number is valid; birth dates after <paramref name="today"/> are refused.</summary>
    public static IdCardNumberError? Validate(string? number, DateOnly today)
    {
        var value = Normalize(number);
        if (value.Length != Length)
        {
            return IdCardNumberError.WrongLength;
        }
        if (value.AsSpan(0, 17).ContainsAnyExceptInRange('0', '9') || !(char.IsAsciiDigit(value[17]) || value[17] == 'X'))
        {
            return IdCardNumberError.InvalidCharacter;
        }
        if (!DateOnly.TryParseExact(value.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth)
            || birth > today)
        {
            return IdCardNumberError.InvalidBirthDate;
        }
        return value[17] == CheckCharacter(value) ? null : IdCardNumberError.WrongCheckCharacter;
    }

    /// <summary>The check character for the first 17 digits of a number.</summary>
    public static char CheckCharacter(string number)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (number[i] - '0') * Weights[i];
        }
        return CheckCharacters[sum % 11];
    }

    /// <summary>The form lists, reports and logs show: the address code and the last four characters (320583********1234).</summary>
    public static string Mask(string? number)
    {
        var value = Normalize(number);
        return value.Length == Length ? string.Concat(value.AsSpan(0, 6), new string('*', 8), value.AsSpan(14)) : new string('*', value.Length);
    }
}
