using System.Globalization;
using System.Net;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Platform.Import;

namespace SafetyPortal.Exams.Interop;

/// <summary>Reads the Excel template (through the kernel's SheetReader and HeaderMap); Index is the sheet row.</summary>
public static class QuestionSheetReader
{
    private static readonly char[] TagSeparators = [',', ';', '、', '，', '；', '\n'];
    private static readonly char[] BlankSeparators = [';', '；', '\n'];

    public static QuestionFile Read(Stream content, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var file = new QuestionFile();
        HeaderMap? map = null;
        foreach (var row in SheetReader.ReadRows(content, ImportFileFormat.Xlsx, text))
        {
            if (map is null)
            {
                map = HeaderMap.Read(row, QuestionSheet.Columns, [], text);
                continue;
            }
            if (!row.IsBlank)
            {
                file.Questions.Add(ReadRow(row, map, text));
            }
        }
        if (map is null)
        {
            throw new ImportFileException(text["ImportFileEmpty"]);
        }
        return file;
    }

    private static ParsedQuestion ReadRow(SheetRow row, HeaderMap map, IStringLocalizer text)
    {
        var stem = map.Cell(row, QuestionSheet.Stem) ?? "";
        var name = map.Cell(row, QuestionSheet.Name) ?? (stem.Length <= 60 ? stem : stem[..60] + "…");
        var path = (map.Cell(row, QuestionSheet.Category) ?? "").Split('/').Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
        var kind = Kind(map.Cell(row, QuestionSheet.Kind), text);
        if (kind is null)
        {
            return ParsedQuestion.Rejected(row.Number, name, path, ParseProblem.UnsupportedType, map.Cell(row, QuestionSheet.Kind) ?? "");
        }
        var answer = map.Cell(row, QuestionSheet.Answer) ?? "";
        var request = new SaveQuestionRequest(null, kind, Html(stem), map.Cell(row, QuestionSheet.Name),
            map.Cell(row, QuestionSheet.Explanation) is { } e ? Html(e) : null,
            int.TryParse(map.Cell(row, QuestionSheet.Difficulty), CultureInfo.InvariantCulture, out var d) ? d : null,
            decimal.TryParse(map.Cell(row, QuestionSheet.Points), NumberStyles.Number, CultureInfo.InvariantCulture, out var p) ? p : null,
            RiskCategories: Codes(map.Cell(row, QuestionSheet.RiskCategories)), Industries: Codes(map.Cell(row, QuestionSheet.Industries)),
            Positions: Codes(map.Cell(row, QuestionSheet.Positions)));
        if (kind == QuestionKind.FillInBlank)
        {
            var blanks = answer.Split(BlankSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(b => new SaveBlankRequest([.. b.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)])).ToList();
            return blanks.Count == 0
                ? ParsedQuestion.Rejected(row.Number, name, path, ParseProblem.NoCorrectAnswer)
                : new ParsedQuestion(row.Number, name, path, request with { Blanks = blanks });
        }
        if (kind == QuestionKind.TrueFalse)
        {
            var truth = Truth(answer, text);
            return truth is null
                ? ParsedQuestion.Rejected(row.Number, name, path, ParseProblem.NoCorrectAnswer)
                : new ParsedQuestion(row.Number, name, path, request with
                {
                    Options = [new SaveOptionRequest("true", truth.Value), new SaveOptionRequest("false", !truth.Value)],
                });
        }
        var options = Enumerable.Range(0, QuestionSheet.OptionColumns)
            .Select(i => (Letter: (char)('A' + i), Text: map.Cell(row, QuestionSheet.Option(i)))).Where(o => o.Text is not null).ToList();
        var correct = answer.ToUpperInvariant().Where(char.IsAsciiLetter).ToHashSet();
        if (correct.Count == 0 || !correct.All(c => options.Exists(o => o.Letter == c)))
        {
            return ParsedQuestion.Rejected(row.Number, name, path, ParseProblem.NoCorrectAnswer);
        }
        return new ParsedQuestion(row.Number, name, path, request with
        {
            Options = [.. options.Select(o => new SaveOptionRequest(Html(o.Text!), correct.Contains(o.Letter)))],
        });
    }

    /// <summary>The kind from its name in Chinese or English (with or without 题), or the enum name.</summary>
    public static QuestionKind? Kind(string? value, IStringLocalizer text)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        foreach (var kind in Enum.GetValues<QuestionKind>())
        {
            var names = Words(text, $"KindWords.{kind}").Append(kind.ToString());
            if (names.Any(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                return kind;
            }
        }
        return null;
    }

    private static bool? Truth(string answer, IStringLocalizer text)
    {
        var value = answer.Trim();
        if (Words(text, "TrueWords").Concat(["T", "TRUE", "Y", "√", "✓", "1"]).Contains(value, StringComparer.OrdinalIgnoreCase))
        {
            return true;
        }
        return Words(text, "FalseWords").Concat(["F", "FALSE", "N", "×", "✗", "0"]).Contains(value, StringComparer.OrdinalIgnoreCase) ? false : null;
    }

    /// <summary>A "|"-separated list of words of the resource, in Chinese and in English.</summary>
    private static string[] Words(IStringLocalizer text, string key)
    {
        var saved = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
            var chinese = text[key].Value;
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            return (chinese + "|" + text[key].Value).Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    private static List<string> Codes(string? cell) =>
        [.. (cell ?? "").Split(TagSeparators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];

    private static string Html(string text) => WebUtility.HtmlEncode(text).Replace("\n", "<br>", StringComparison.Ordinal);
}
