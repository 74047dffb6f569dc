using System.Text.Json;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Platform.Screening;

/// <summary>
/// Reads the conditions a client sent (key and raw parameters) against the ones the modules registered: an unknown key
/// is reported as "conditions[i].key", each value is checked against its definition, and once every value has its kind
/// (no new errors) the conditions run their own checks. Shared by 前置研判 and every module that stores conditions.
/// </summary>
public static class ScreeningConditionReader
{
    public static async Task<IReadOnlyList<(IScreeningCondition Condition, ScreeningParameters Parameters)>> ReadAsync(
        IReadOnlyList<IScreeningCondition> registered, IEnumerable<(string? Key, Dictionary<string, JsonElement>? Parameters)> requests,
        string field, ValidationErrors errors, Func<int, string, string> unknownKeyMessage, IStringLocalizer parameterText,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registered);
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(unknownKeyMessage);
        var before = errors.ToDictionary().Count;
        var found = new List<(IScreeningCondition, ScreeningParameters)>();
        foreach (var ((key, raw), index) in requests.Select((r, i) => (r, i)))
        {
            var condition = registered.FirstOrDefault(c => string.Equals(c.Key, key, StringComparison.OrdinalIgnoreCase));
            if (condition is null)
            {
                errors.Add($"{field}[{index}].key", unknownKeyMessage(index, key ?? ""));
                continue;
            }
            var definition = await condition.DescribeAsync(cancellationToken);
            found.Add((condition, ScreeningParameters.Read(index, definition, raw, errors, parameterText)));
        }
        // The conditions' own checks read typed values, so they run once every value has its kind.
        if (errors.ToDictionary().Count == before)
        {
            foreach (var (condition, parameters) in found)
            {
                await condition.ValidateAsync(parameters, cancellationToken);
            }
        }
        return found;
    }
}
