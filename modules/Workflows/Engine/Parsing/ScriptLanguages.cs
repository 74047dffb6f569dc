namespace SafetyPortal.Workflows.Engine.Parsing;

/// <summary>The names under which modelers write JavaScript in scriptFormat and expression language attributes.</summary>
public static class ScriptLanguages
{
    private static readonly HashSet<string> JavaScript = new(StringComparer.OrdinalIgnoreCase)
    {
        "javascript", "js", "ecmascript", "text/javascript", "application/javascript", "http://www.ecma-international.org/ecma-262",
    };

    public static bool IsJavaScript(string? language) => string.IsNullOrWhiteSpace(language) || JavaScript.Contains(language.Trim());
}
