using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SafetyPortal.Workflows.Activities;

/// <summary>
/// Fills a document template's {{name}} placeholders (dotted paths into objects: {{enterprise.name}}) from the
/// instance's variables. Lists become comma-separated text (file references by their names); a placeholder without
/// a variable is an error naming it, so a typo never produces a silently blank document.
/// </summary>
public static partial class DocumentTemplate
{
    public static string Fill(string template, IReadOnlyDictionary<string, JsonNode?> variables)
    {
        var missing = new List<string>();
        var filled = Placeholder().Replace(template, match =>
        {
            var path = match.Groups[1].Value;
            if (Resolve(path, variables, out var value))
            {
                return TextOf(value);
            }
            missing.Add(path);
            return "";
        });
        return missing.Count == 0
            ? filled
            : throw new ArgumentException($"The template names {string.Join(", ", missing.Distinct().Select(m => "{{" + m + "}}"))}, which the instance has no variable for.");
    }

    private static bool Resolve(string path, IReadOnlyDictionary<string, JsonNode?> variables, out JsonNode? value)
    {
        var parts = path.Split('.');
        if (!variables.TryGetValue(parts[0], out value))
        {
            return false;
        }
        foreach (var part in parts[1..])
        {
            if (value is not JsonObject json || !json.TryGetPropertyValue(part, out value))
            {
                return false;
            }
        }
        return true;
    }

    private static string TextOf(JsonNode? value) => value switch
    {
        null => "",
        JsonValue v => v.ToString(),
        JsonArray list => string.Join("，", list.Select(item => item is JsonObject o && o["name"] is JsonValue name ? name.ToString() : TextOf(item))),
        _ => value.ToJsonString(),
    };

    [GeneratedRegex(@"\{\{\s*([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*\}\}")]
    private static partial Regex Placeholder();
}
