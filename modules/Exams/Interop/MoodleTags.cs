using SafetyPortal.Exams.Application;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Exams.Interop;

/// <summary>
/// What Moodle has no field for travels as question tags: "difficulty:3", "risk:CODE", "industry:C33", "position:NAME",
/// "site:ConfinedSpace". Other tags are ignored on import.
/// </summary>
public static class MoodleTags
{
    public const string Difficulty = "difficulty:";
    public const string Risk = "risk:";
    public const string Industry = "industry:";
    public const string Position = "position:";
    public const string Site = "site:";

    public static (int? Difficulty, KeySites Sites, QuestionTagsDto Tags) Read(IEnumerable<string> tags)
    {
        int? difficulty = null;
        var sites = KeySites.None;
        List<string> risks = [], industries = [], positions = [];
        foreach (var tag in tags.Select(t => t.Trim()))
        {
            if (Value(tag, Difficulty) is { } d && int.TryParse(d, out var level))
            {
                difficulty = level;
            }
            else if (Value(tag, Site) is { } s && Enum.TryParse<KeySites>(s, true, out var site) && Enum.IsDefined(site))
            {
                sites |= site;
            }
            else
            {
                Add(tag, Risk, risks);
                Add(tag, Industry, industries);
                Add(tag, Position, positions);
            }
        }
        return (difficulty, sites, new QuestionTagsDto(risks, industries, positions));
    }

    public static IEnumerable<string> Write(int difficulty, KeySites sites, QuestionTagsDto tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        yield return Difficulty + difficulty.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var site in Enum.GetValues<KeySites>().Where(s => s != KeySites.None && sites.HasFlag(s)))
        {
            yield return Site + site;
        }
        foreach (var code in tags.RiskCategories ?? [])
        {
            yield return Risk + code;
        }
        foreach (var code in tags.Industries ?? [])
        {
            yield return Industry + code;
        }
        foreach (var code in tags.Positions ?? [])
        {
            yield return Position + code;
        }
    }

    private static string? Value(string tag, string prefix) =>
        tag.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? tag[prefix.Length..].Trim() : null;

    private static void Add(string tag, string prefix, List<string> into)
    {
        if (Value(tag, prefix) is { Length: > 0 } code)
        {
            into.Add(code);
        }
    }
}
