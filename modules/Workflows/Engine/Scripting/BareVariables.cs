using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SafetyPortal.Workflows.Engine.Scripting;

/// <summary>
/// The commonest expression is a bare variable name (<c>${enterpriseId}</c>, <c>${passed}</c>). When the variable holds a
/// string, a boolean or null, its value is read here without starting a Jint engine (a third of a task completion's
/// script time): the result is what the engine gives back for it. Anything else (numbers, objects, a missing variable with
/// its ReferenceError, names JavaScript reserves) still runs in the sandbox.
/// </summary>
internal static class BareVariables
{
    private static readonly SearchValues<char> First = SearchValues.Create("$_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    private static readonly SearchValues<char> Rest = SearchValues.Create("$_ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789");

    private static readonly HashSet<string> Reserved = new(StringComparer.Ordinal)
    {
        "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else", "enum",
        "export", "extends", "false", "finally", "for", "function", "if", "implements", "import", "in", "instanceof", "interface",
        "let", "new", "null", "package", "private", "protected", "public", "return", "static", "super", "switch", "this", "throw",
        "true", "try", "typeof", "var", "void", "while", "with", "yield", "undefined", "NaN", "Infinity", "arguments", "eval",
    };

    /// <summary>True with the value (a fresh node) when the script is a bare name of a string, boolean or null variable.</summary>
    public static bool TryRead(string script, IReadOnlyDictionary<string, JsonNode?> variables, out JsonNode? value)
    {
        value = null;
        var name = script.AsSpan().Trim();
        if (name.IsEmpty || !First.Contains(name[0]) || name[1..].ContainsAnyExcept(Rest))
        {
            return false;
        }
        var key = name.Length == script.Length ? script : name.ToString();
        if (Reserved.Contains(key) || !variables.TryGetValue(key, out var node))
        {
            return false;
        }
        switch (node)
        {
            case null:
                return true;
            case JsonValue plain when plain.GetValueKind() == JsonValueKind.String:
                value = JsonValue.Create(plain.GetValue<string>());
                return true;
            case JsonValue plain when plain.GetValueKind() is JsonValueKind.True or JsonValueKind.False:
                value = JsonValue.Create(plain.GetValue<bool>());
                return true;
            default:
                return false;
        }
    }
}
