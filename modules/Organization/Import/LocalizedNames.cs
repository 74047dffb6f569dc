using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SafetyPortal.Organization.Import;

/// <summary>Values a cell may name in Chinese, in English or by code (工贸企业 / Industry and trade / IndustryAndTrade).</summary>
internal static class LocalizedNames
{
    private static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("zh-CN"), CultureInfo.GetCultureInfo("en")];

    /// <summary>Text → value for every value, under its code name and its label "{prefix}.{code}" in each UI language.</summary>
    public static Dictionary<string, T> For<T>(IStringLocalizer text, string prefix, IEnumerable<T> values) where T : notnull
    {
        var names = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var value in values)
            {
                names.TryAdd(Key(value.ToString()!), value);
                foreach (var culture in Cultures)
                {
                    CultureInfo.CurrentUICulture = culture;
                    names.TryAdd(Key(text[$"{prefix}.{value}"]), value);
                }
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
        return names;
    }

    /// <summary>Spaces do not count: "A 级", "A级" and "a级" name the same grade.</summary>
    public static string Key(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
