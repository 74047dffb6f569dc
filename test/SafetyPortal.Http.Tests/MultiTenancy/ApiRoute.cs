using System.Text.RegularExpressions;

namespace SafetyPortal.Http.Tests.MultiTenancy;

/// <summary>One operation of the OpenAPI document whose path names records by id.</summary>
public sealed partial record ApiRoute(string Method, string Template)
{
    public IReadOnlyList<string> Parameters => [.. ParameterPattern().Matches(Template).Select(m => m.Groups[1].Value)];

    public string With(IReadOnlyDictionary<string, Guid> values) =>
        ParameterPattern().Replace(Template, m => values[m.Groups[1].Value].ToString());

    [GeneratedRegex(@"\{([A-Za-z]+)(:[a-z]+)?\}")]
    private static partial Regex ParameterPattern();
}
