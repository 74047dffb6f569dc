namespace SafetyPortal.Platform.Screening;

/// <summary>One parameter of a screening condition, as the builder renders its editor and the engine checks its value.</summary>
/// <param name="Name">Stable name in the JSON parameters, e.g. "levels".</param>
/// <param name="Label">Localized label.</param>
/// <param name="Options">The choices of an Options parameter (empty otherwise).</param>
/// <param name="Multiple">Options: more than one value may be picked.</param>
/// <param name="Required">A missing or empty value is refused.</param>
/// <param name="Hint">Localized help shown under the editor (e.g. the format of a text).</param>
public sealed record ScreeningParameterDefinition(
    string Name,
    string Label,
    ScreeningParameterKind Kind,
    IReadOnlyList<ScreeningOption> Options,
    bool Multiple = true,
    bool Required = true,
    string? Hint = null)
{
    public static ScreeningParameterDefinition OptionsOf(string name, string label, IReadOnlyList<ScreeningOption> options, bool multiple = true) =>
        new(name, label, ScreeningParameterKind.Options, options, multiple);

    public static ScreeningParameterDefinition Range(string name, string label, string? hint = null) =>
        new(name, label, ScreeningParameterKind.NumberRange, [], Hint: hint);

    public static ScreeningParameterDefinition TextOf(string name, string label, string? hint = null) =>
        new(name, label, ScreeningParameterKind.Text, [], Hint: hint);
}
