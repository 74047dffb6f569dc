using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Platform.Screening;

/// <summary>
/// The parameter values of one condition of a screening, read from JSON and checked against the condition's
/// definition. Errors name the condition by its position and key and the parameter:
/// "conditions[2].risks.level-count.min".
/// </summary>
public sealed class ScreeningParameters
{
    private readonly Dictionary<string, object> _values = new(StringComparer.Ordinal);
    private readonly ValidationErrors _errors;
    private readonly IStringLocalizer _text;

    private ScreeningParameters(int index, ScreeningConditionDefinition definition, ValidationErrors errors, IStringLocalizer text)
    {
        Index = index;
        Definition = definition;
        _errors = errors;
        _text = text;
    }

    /// <summary>Position of the condition in the screening, from 0.</summary>
    public int Index { get; }
    public ScreeningConditionDefinition Definition { get; }
    public string Key => Definition.Key;

    /// <summary>The field name errors of this parameter are reported under.</summary>
    public string FieldOf(string parameter) => $"conditions[{Index}].{Key}.{parameter}";

    /// <summary>Refuses a value of this condition, naming the condition and the parameter.</summary>
    public void Reject(string parameter, string message) =>
        _errors.Add(FieldOf(parameter), _text["Screening.ConditionError", Index + 1, Definition.Name, message]);

    /// <summary>The picked option values (empty when an optional parameter was left out).</summary>
    public IReadOnlyList<string> Options(string name) => _values.TryGetValue(name, out var v) ? (IReadOnlyList<string>)v : [];

    /// <summary>The options parsed as enum members (option values are the member names).</summary>
    public IReadOnlyList<TEnum> Options<TEnum>(string name) where TEnum : struct, Enum =>
        [.. Options(name).Select(v => Enum.Parse<TEnum>(v))];

    public ScreeningRange? Range(string name) => _values.TryGetValue(name, out var v) ? (ScreeningRange)v : null;

    public string? Text(string name) => _values.TryGetValue(name, out var v) ? (string)v : null;

    /// <summary>A text parameter read as a list ("C33, C34", "C33、C34"): the items, trimmed, upper-cased, once each.</summary>
    public IReadOnlyList<string> TextList(string name) => SplitList(Text(name));

    private static List<string> SplitList(string? text) =>
        [.. (text ?? "").Split([',', '，', '、', ' ', ';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(c => c.ToUpperInvariant()).Distinct()];

    /// <summary>Reads and checks every value against the definition; problems go to <paramref name="errors"/>.</summary>
    public static ScreeningParameters Read(int index, ScreeningConditionDefinition definition,
        IReadOnlyDictionary<string, JsonElement>? raw, ValidationErrors errors, IStringLocalizer text)
    {
        var parameters = new ScreeningParameters(index, definition, errors, text);
        raw ??= new Dictionary<string, JsonElement>();
        foreach (var unknown in raw.Keys.Where(k => definition.Parameters.All(p => p.Name != k)))
        {
            parameters.Reject(unknown, text["Screening.UnknownParameter", unknown]);
        }
        foreach (var parameter in definition.Parameters)
        {
            var present = raw.TryGetValue(parameter.Name, out var value) && value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined);
            var read = present ? parameters.ReadValue(parameter, value) : null;
            if (read is not null)
            {
                parameters._values[parameter.Name] = read;
            }
            else if (parameter.Required && (!present || IsEmpty(parameter, value)))
            {
                parameters.Reject(parameter.Name, text["Screening.ParameterRequired", parameter.Label]);
            }
        }
        return parameters;
    }

    private static bool IsEmpty(ScreeningParameterDefinition parameter, JsonElement value) => parameter.Kind switch
    {
        ScreeningParameterKind.Options => value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 0,
        ScreeningParameterKind.Text => value.ValueKind == JsonValueKind.String && SplitList(value.GetString()).Count == 0,
        _ => value.ValueKind == JsonValueKind.Object
            && value.EnumerateObject().All(b => b.Value.ValueKind == JsonValueKind.Null || b.Name is not ("min" or "max")),
    };

    private object? ReadValue(ScreeningParameterDefinition parameter, JsonElement value) => parameter.Kind switch
    {
        ScreeningParameterKind.Options => ReadOptions(parameter, value),
        ScreeningParameterKind.NumberRange => ReadRange(parameter, value),
        _ => ReadText(parameter, value),
    };

    private List<string>? ReadOptions(ScreeningParameterDefinition parameter, JsonElement value)
    {
        // A single option may come as a plain string.
        var items = value.ValueKind == JsonValueKind.String ? [value] : value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : null;
        if (items is null || items.Any(i => i.ValueKind != JsonValueKind.String))
        {
            Reject(parameter.Name, _text["Screening.ExpectedOptions", parameter.Label]);
            return null;
        }
        var picked = new List<string>();
        foreach (var item in items.Select(i => i.GetString()!))
        {
            var option = parameter.Options.FirstOrDefault(o => string.Equals(o.Value, item, StringComparison.OrdinalIgnoreCase));
            if (option is null)
            {
                Reject(parameter.Name, _text["Screening.UnknownOption", parameter.Label, item]);
                return null;
            }
            if (!picked.Contains(option.Value))
            {
                picked.Add(option.Value);
            }
        }
        if (picked.Count > 1 && !parameter.Multiple)
        {
            Reject(parameter.Name, _text["Screening.OneOptionOnly", parameter.Label]);
            return null;
        }
        return picked.Count == 0 ? null : picked;
    }

    private ScreeningRange? ReadRange(ScreeningParameterDefinition parameter, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            Reject(parameter.Name, _text["Screening.ExpectedRange", parameter.Label]);
            return null;
        }
        int? Bound(string name)
        {
            if (!value.TryGetProperty(name, out var bound) || bound.ValueKind == JsonValueKind.Null)
            {
                return null;
            }
            if (bound.ValueKind != JsonValueKind.Number || !bound.TryGetInt32(out var number))
            {
                Reject(parameter.Name, _text["Screening.ExpectedWholeNumber", parameter.Label, bound.ToString()]);
                return null;
            }
            if (number < 0)
            {
                Reject(parameter.Name, _text["Screening.NegativeNumber", parameter.Label, number.ToString(CultureInfo.InvariantCulture)]);
            }
            return number;
        }
        var range = new ScreeningRange(Bound("min"), Bound("max"));
        if (range is { Min: { } min, Max: { } max } && min > max)
        {
            Reject(parameter.Name, _text["Screening.RangeReversed", parameter.Label]);
        }
        return range.Min is null && range.Max is null ? null : range;
    }

    private string? ReadText(ScreeningParameterDefinition parameter, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            Reject(parameter.Name, _text["Screening.ExpectedText", parameter.Label]);
            return null;
        }
        // Only separators counts as empty, so list parameters never come out as an empty list.
        var text = value.GetString()!.Trim();
        return SplitList(text).Count == 0 ? null : text;
    }
}
