using System.Globalization;
using System.Text.RegularExpressions;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Interop;

/// <summary>
/// Moodle's cloze (multianswer) text with only short-answer parts, {1:SHORTANSWER:=answer~=other}, as a fill-in-the-blank
/// question with one blank per part and {{n}} marks in the stem; and back.
/// </summary>
public static partial class Cloze
{
    public static ParsedQuestion Read(SaveQuestionRequest request, int index, string name, IReadOnlyList<string> path)
    {
        ArgumentNullException.ThrowIfNull(request);
        var blanks = new List<SaveBlankRequest>();
        string? unsupported = null;
        var stem = Part().Replace(request.Stem ?? "", match =>
        {
            var type = match.Groups["type"].Value.ToUpperInvariant();
            if (type is not ("SHORTANSWER" or "SA" or "MW" or "SHORTANSWER_C" or "SAC" or "MWC"))
            {
                unsupported ??= "multianswer/" + type;
                return match.Value;
            }
            var answers = match.Groups["answers"].Value.Split('~')
                .Select(a => a.Split('#')[0])
                .Where(a => a.StartsWith('=') || (a.StartsWith('%') && !a.StartsWith("%0%", StringComparison.Ordinal)))
                .Select(a => a.StartsWith('=') ? a[1..] : a[(a.IndexOf('%', 1) + 1)..])
                .Select(a => a.Replace("\\}", "}", StringComparison.Ordinal).Trim()).Where(a => a.Length > 0).ToList();
            blanks.Add(new SaveBlankRequest(answers, type.EndsWith('C')));
            return "{{" + blanks.Count.ToString(CultureInfo.InvariantCulture) + "}}";
        });
        if (unsupported is not null)
        {
            return ParsedQuestion.Rejected(index, name, path, ParseProblem.UnsupportedType, unsupported);
        }
        if (blanks.Count == 0 || blanks.Exists(b => b.AcceptedAnswers!.Count == 0))
        {
            return ParsedQuestion.Rejected(index, name, path, ParseProblem.NoCorrectAnswer);
        }
        return new ParsedQuestion(index, name, path, request with { Stem = stem, Blanks = blanks });
    }

    /// <summary>The stem with each {{n}} replaced by its short-answer part (parts without a mark go at the end).</summary>
    public static string Write(string stem, IReadOnlyList<QuestionBlankDto> blanks)
    {
        ArgumentNullException.ThrowIfNull(stem);
        ArgumentNullException.ThrowIfNull(blanks);
        var text = stem;
        foreach (var blank in blanks)
        {
            var mark = "{{" + blank.Index.ToString(CultureInfo.InvariantCulture) + "}}";
            var part = "{1:" + (blank.CaseSensitive ? "SHORTANSWER_C" : "SHORTANSWER") + ":"
                + string.Join('~', blank.AcceptedAnswers.Select(a => "=" + a.Replace("}", "\\}", StringComparison.Ordinal))) + "}";
            text = text.Contains(mark, StringComparison.Ordinal) ? text.Replace(mark, part, StringComparison.Ordinal) : text + " " + part;
        }
        return text;
    }

    [GeneratedRegex(@"\{(?<weight>\d*):(?<type>[A-Z_]+):(?<answers>(?:\\\}|[^}])*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Part();
}
