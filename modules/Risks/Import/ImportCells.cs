using System.Globalization;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Import;

namespace SafetyPortal.Risks.Import;

/// <summary>Reads typed values out of one row's cells, reporting a bad cell against its column.</summary>
internal sealed class ImportCells(HeaderMap map, SheetRow row, ImportReport report, IStringLocalizer text)
{
    private static readonly char[] ListSeparators = [',', '，', '、', ';', '；'];

    public SheetRow Row => row;

    public bool IsRejected => report.IsRejected(row.Number);

    public string? Text(string key) => map.Cell(row, key);

    public void Reject(string key, string reason) => report.Reject(row.Number, map.Has(key) ? map.Header(key) : text[$"ImportColumn.{key}"], reason);

    public decimal? Number(string key)
    {
        if (Text(key) is not { } cell)
        {
            return null;
        }
        if (decimal.TryParse(cell, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        Reject(key, text["NumberInvalid", cell]);
        return null;
    }

    /// <summary>Lines of a multi-line cell (Alt+Enter in Excel); also split on "；".</summary>
    public IReadOnlyList<string> Lines(string key) =>
        Text(key)?.Split(['\n', '\r', '；', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];

    /// <summary>An enum by its code name or its Chinese or English label ("{prefix}.{Name}" in the resource).</summary>
    public TEnum? Enum<TEnum>(string key, string labelPrefix) where TEnum : struct, Enum
    {
        if (Text(key) is not { } cell)
        {
            return null;
        }
        if (Parse<TEnum>(cell, labelPrefix) is { } value)
        {
            return value;
        }
        Reject(key, text["ValueUnknownNamed", cell]);
        return null;
    }

    public KeySites KeySites(string key)
    {
        var sites = Platform.Enterprises.KeySites.None;
        foreach (var part in Text(key)?.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [])
        {
            if (Parse<KeySites>(part, "KeySites") is { } site and not Platform.Enterprises.KeySites.None)
            {
                sites |= site;
            }
            else
            {
                Reject(key, text["ValueUnknownNamed", part]);
            }
        }
        return sites;
    }

    private TEnum? Parse<TEnum>(string cell, string labelPrefix) where TEnum : struct, Enum =>
        System.Enum.GetValues<TEnum>().Cast<TEnum?>().FirstOrDefault(v =>
            string.Equals(v.ToString(), cell, StringComparison.OrdinalIgnoreCase)
            || Labels($"{labelPrefix}.{v}").Contains(cell, StringComparer.OrdinalIgnoreCase));

    private string[] Labels(string resourceKey)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            var zh = text[resourceKey].Value;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            return [zh, text[resourceKey].Value];
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }
}
