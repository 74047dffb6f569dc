using System.Text;
using System.Text.RegularExpressions;

namespace SafetyPortal.Platform.Privacy;

/// <summary>
/// Masks ID-card numbers and phone numbers for lists and logs. Never throws: null stays null, and a short
/// or malformed value still shows at most half of its characters.
/// </summary>
public static partial class PersonalDataMask
{
    public const char MaskChar = '*';

    /// <summary>"320583199001011234" → "320583********1234".</summary>
    public static string? IdCard(string? value) => Mask(value, head: 6, tail: 4);

    /// <summary>"13812345678" → "138****5678".</summary>
    public static string? Phone(string? value) => Mask(value, head: 3, tail: 4);

    public static string? Apply(PersonalDataKind kind, string? value) => kind switch
    {
        PersonalDataKind.IdCard => IdCard(value),
        PersonalDataKind.Phone => Phone(value),
        _ => Mask(value, 0, 0),
    };

    /// <summary>Masks ID-card numbers and mobile numbers found inside free text (a URL, an error message).</summary>
    public static string? InText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }
        text = IdCardInText().Replace(text, m => IdCard(m.Value)!);
        return MobileInText().Replace(text, m => Phone(m.Value)!);
    }

    /// <summary>
    /// Keeps <paramref name="head"/> leading and <paramref name="tail"/> trailing characters when at least four
    /// are left to mask; a shorter value keeps at most half, so "12345" becomes "1***5".
    /// </summary>
    private static string? Mask(string? value, int head, int tail)
    {
        if (value is null)
        {
            return null;
        }
        var text = value.Trim();
        if (text.Length < head + tail + 4)
        {
            var visible = text.Length / 2;
            tail = Math.Min(tail, visible / 2);
            head = Math.Min(head, visible - tail);
        }
        var masked = new StringBuilder(text.Length);
        masked.Append(text, 0, head);
        masked.Append(MaskChar, text.Length - head - tail);
        masked.Append(text, text.Length - tail, tail);
        return masked.ToString();
    }

    // 18-digit numbers (the last may be X) and the older 15-digit ones, standing alone (not inside a GUID or a longer number).
    [GeneratedRegex(@"(?<![0-9A-Za-z])(\d{17}[\dXx]|\d{15})(?![0-9A-Za-z])")]
    private static partial Regex IdCardInText();

    // Mainland mobile numbers, optionally after +86 or 86, standing alone.
    [GeneratedRegex(@"(?<![0-9A-Za-z+])(?:\+?86)?1[3-9]\d{9}(?![0-9A-Za-z])")]
    private static partial Regex MobileInText();
}
