using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace SafetyPortal.Workflows.Areas.Workflows.Pages;

/// <summary>
/// The texts a page's script shows, as JSON for its data-texts attribute: every resource string named
/// "&lt;prefix&gt;.a.b" or "Js.a.b" (shared by all pages) becomes {"a": {"b": text}}, in the UI culture.
/// </summary>
public static class ClientTexts
{
    private const string Shared = "Js";

    public static string For(IStringLocalizer localizer, string prefix)
    {
        var root = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var text in localizer.GetAllStrings(includeParentCultures: true))
        {
            var path = Strip(text.Name, prefix + ".") ?? Strip(text.Name, Shared + ".");
            if (path is null)
            {
                continue;
            }
            var parts = path.Split('.');
            var node = root;
            foreach (var part in parts[..^1])
            {
                if (!node.TryGetValue(part, out var child) || child is not Dictionary<string, object> next)
                {
                    next = new Dictionary<string, object>(StringComparer.Ordinal);
                    node[part] = next;
                }
                node = next;
            }
            node.TryAdd(parts[^1], text.Value);
        }
        return JsonSerializer.Serialize(root);
    }

    private static string? Strip(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal) ? name[prefix.Length..] : null;
}
