using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace SafetyPortal.Platform.Identity;

/// <summary>
/// Mainland China mobile numbers (1[3-9] and nine digits), the second sign-in name of a user.
/// Stored as the bare 11 digits so one number is one value, whatever the user typed around it.
/// </summary>
public static partial class MobileNumber
{
    public const int Length = 11;

    /// <summary>Accepts spaces, hyphens and a +86 / 0086 prefix; gives the 11 digits.</summary>
    public static bool TryNormalize(string? input, [NotNullWhen(true)] out string? normalized)
    {
        normalized = null;
        if (string.IsNullOrWhiteSpace(input))
        {
            return false;
        }
        var digits = Separators().Replace(input.Trim(), "");
        if (digits.StartsWith("+86", StringComparison.Ordinal))
        {
            digits = digits[3..];
        }
        else if (digits.StartsWith("0086", StringComparison.Ordinal))
        {
            digits = digits[4..];
        }
        if (!Pattern().IsMatch(digits))
        {
            return false;
        }
        normalized = digits;
        return true;
    }

    /// <summary>138****5678: what lists and logs show, so a screen or a log file never carries whole numbers.</summary>
    public static string Mask(string? number)
    {
        if (string.IsNullOrEmpty(number))
        {
            return "";
        }
        return number.Length == Length ? string.Concat(number.AsSpan(0, 3), "****", number.AsSpan(7)) : new string('*', number.Length);
    }

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"[\s\-]")]
    private static partial Regex Separators();
}
