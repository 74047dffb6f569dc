using System.Globalization;
using System.Text;

namespace SafetyPortal.Exams.Attempts;

/// <summary>Fill-in answers compared as people mean them: trimmed, inner spaces collapsed, full-width folded to half-width, case folded unless the blank is case-sensitive.</summary>
public static class AnswerText
{
    public static string Fold(string? text, bool caseSensitive)
    {
        var folded = (text ?? "").Normalize(NormalizationForm.FormKC).Trim();
        folded = string.Join(' ', folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return caseSensitive ? folded : folded.ToLower(CultureInfo.InvariantCulture);
    }

    /// <summary>The letter of a shown option: 0 → "A".</summary>
    public static string Letter(int index) => ((char)('A' + index)).ToString();
}
