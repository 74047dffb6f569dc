namespace SafetyPortal.Exams.Certificates;

/// <summary>
/// The holder's name as the public verification page shows it: enough to match the paper in hand, not enough to
/// collect names by serial. 张三 → 张*, 张三丰 → 张*丰, 欧阳娜娜 → 欧**娜; Latin names keep the first and last letter of each word.
/// </summary>
public static class HolderNameMask
{
    public static string Mask(string? name)
    {
        var trimmed = (name ?? "").Trim();
        if (trimmed.Contains(' ', StringComparison.Ordinal))
        {
            return string.Join(' ', trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(MaskWord));
        }
        return MaskWord(trimmed);
    }

    private static string MaskWord(string word)
    {
        var letters = System.Globalization.StringInfo.ParseCombiningCharacters(word).Length;
        if (letters <= 1)
        {
            return word;
        }
        var info = new System.Globalization.StringInfo(word);
        var first = info.SubstringByTextElements(0, 1);
        if (letters == 2)
        {
            return first + "*";
        }
        return first + new string('*', letters - 2) + info.SubstringByTextElements(letters - 1, 1);
    }
}
