using System.Globalization;
using Microsoft.Extensions.Localization;

namespace SafetyPortal.Platform.Import;

/// <summary>Which cell of a row holds which column, found from the header row by its Chinese or English name.</summary>
public sealed class HeaderMap
{
    private readonly Dictionary<string, int> _positions;
    private readonly Dictionary<string, string> _headers;

    private HeaderMap(Dictionary<string, int> positions, Dictionary<string, string> headers)
    {
        _positions = positions;
        _headers = headers;
    }

    public bool Has(string key) => _positions.ContainsKey(key);

    /// <summary>The trimmed cell, or null when the column is absent or the cell blank.</summary>
    public string? Cell(SheetRow row, string key) =>
        _positions.TryGetValue(key, out var position) && row[position] is { } value && !string.IsNullOrWhiteSpace(value)
            ? value.Trim()
            : null;

    /// <summary>The header as the user's file spells it, for the report.</summary>
    public string Header(string key) => _headers[key];

    /// <summary>Maps the header row; a file lacking a required column is refused as a whole, naming every missing one.</summary>
    public static HeaderMap Read(SheetRow? headerRow, IReadOnlyList<ImportColumn> columns, IReadOnlyList<string[]> alternatives, IStringLocalizer text)
    {
        var names = new Dictionary<string, ImportColumn>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            foreach (var name in new[] { column.Key, Label(text, column, "zh-CN"), Label(text, column, "en") })
            {
                names.TryAdd(Normalize(name), column);
            }
        }
        var positions = new Dictionary<string, int>();
        var headers = new Dictionary<string, string>();
        for (var i = 0; i < (headerRow?.Cells.Count ?? 0); i++)
        {
            if (headerRow![i] is { } cell && names.TryGetValue(Normalize(cell), out var column) && positions.TryAdd(column.Key, i))
            {
                headers[column.Key] = cell.Trim();
            }
        }
        var missing = columns.Where(c => c.Required && !positions.ContainsKey(c.Key)).Select(c => text[c.LabelKey].Value).ToList();
        missing.AddRange(alternatives.Where(group => !group.Any(positions.ContainsKey))
            .Select(group => string.Join(text["ImportColumnOr"], group.Select(key => text[$"ImportColumn.{key}"].Value))));
        if (missing.Count > 0)
        {
            throw new ImportFileException(text["ImportColumnsMissing", string.Join(text["ListSeparator"], missing)]);
        }
        return new HeaderMap(positions, headers);
    }

    private static string Label(IStringLocalizer text, ImportColumn column, string culture)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return text[column.LabelKey];
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    /// <summary>Ignores case, spaces, required-markers (*) and full-width brackets, as people write headers.</summary>
    private static string Normalize(string header) =>
        string.Concat(header.Where(c => !char.IsWhiteSpace(c) && c != '*'))
            .Replace('\uFF08', '(').Replace('\uFF09', ')').ToUpperInvariant();
}
