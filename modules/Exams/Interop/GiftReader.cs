using System.Net;
using System.Text;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Interop;

/// <summary>
/// Reads Moodle's GIFT text format: questions separated by blank lines, // comments, $CATEGORY: lines, ::name::,
/// [html|plain|markdown] text formats, answer blocks {=right ~wrong}, {~%50%a ~%50%b ~%-100%c}, {T}/{F}, {=a =b}
/// (short answer → fill-in-the-blank; text after the block makes a missing-word question), #feedback and ####general
/// feedback, and the \~ \= \# \{ \} \: escapes. Numerical, matching and essay questions are reported as unsupported,
/// an unclosed block as such.
/// </summary>
public static class GiftReader
{
    public static QuestionFile Read(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var file = new QuestionFile();
        IReadOnlyList<string> path = [];
        var index = 0;
        foreach (var block in Blocks(content))
        {
            if (block.StartsWith("$CATEGORY:", StringComparison.OrdinalIgnoreCase))
            {
                path = CategoryPaths.Parse(block["$CATEGORY:".Length..]);
                continue;
            }
            index++;
            file.Questions.Add(ReadQuestion(block, index, path));
        }
        return file;
    }

    /// <summary>Blank-line separated blocks, comment lines dropped.</summary>
    private static IEnumerable<string> Blocks(string content)
    {
        var block = new StringBuilder();
        foreach (var raw in content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.TrimEnd();
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }
            if (line.Length == 0 || line.TrimStart().StartsWith("$CATEGORY:", StringComparison.OrdinalIgnoreCase))
            {
                if (block.Length > 0)
                {
                    yield return block.ToString().Trim();
                    block.Clear();
                }
                if (line.Length > 0)
                {
                    yield return line.Trim();
                }
                continue;
            }
            block.Append(line).Append('\n');
        }
        if (block.Length > 0)
        {
            yield return block.ToString().Trim();
        }
    }

    private static ParsedQuestion ReadQuestion(string block, int index, IReadOnlyList<string> path)
    {
        var text = block;
        string? name = null;
        if (text.StartsWith("::", StringComparison.Ordinal) && GiftText.FindUnescaped(text, "::", 2) is var end and > 0)
        {
            name = GiftText.Unescape(text[2..end]).Trim();
            text = text[(end + 2)..].TrimStart();
        }
        var open = GiftText.FindUnescaped(text, "{", 0);
        var label = name ?? GiftText.Label(open < 0 ? text : text[..open]);
        if (open < 0)
        {
            return ParsedQuestion.Rejected(index, label, path, ParseProblem.UnsupportedType, "description");
        }
        var close = GiftText.FindUnescaped(text, "}", open + 1);
        if (close < 0)
        {
            return ParsedQuestion.Rejected(index, label, path, ParseProblem.UnclosedBlock);
        }
        var (format, before) = GiftText.Format(text[..open]);
        var after = text[(close + 1)..].Trim();
        var answer = text[(open + 1)..close].Trim();
        var general = GiftText.FindUnescaped(answer, "####", 0) is var g and >= 0 ? answer[(g + 4)..].Trim() : null;
        if (general is not null)
        {
            answer = answer[..answer.IndexOf("####", StringComparison.Ordinal)].Trim();
        }
        var request = new SaveQuestionRequest(null, null, null, name, general is null ? null : Html(GiftText.Unescape(general), format));
        var stem = Html(GiftText.Unescape(before.Trim()), format);
        var missingWord = after.Length > 0;
        if (answer.Length == 0 || answer.StartsWith('#') || answer.Contains("->", StringComparison.Ordinal))
        {
            var type = answer.Length == 0 ? "essay" : answer.StartsWith('#') ? "numerical" : "matching";
            return ParsedQuestion.Rejected(index, label, path, ParseProblem.UnsupportedType, type);
        }
        if (GiftText.TrueFalse(answer) is { } truth)
        {
            return new ParsedQuestion(index, label, path, request with
            {
                Kind = QuestionKind.TrueFalse,
                Stem = stem,
                Options = [new SaveOptionRequest("true", truth, truth ? 100 : 0), new SaveOptionRequest("false", !truth, truth ? 0 : 100)],
            });
        }
        var answers = GiftText.Answers(answer);
        if (!answers.Exists(a => a.Fraction > 0))
        {
            return ParsedQuestion.Rejected(index, label, path, ParseProblem.NoCorrectAnswer);
        }
        var joined = missingWord ? $"{stem} {{{{1}}}} {Html(GiftText.Unescape(after), format)}" : stem;
        if (!answers.Exists(a => a.Tilde))
        {
            var blank = new SaveBlankRequest([.. answers.Where(a => a.Fraction > 0).Select(a => a.Text)]);
            return new ParsedQuestion(index, label, path, request with { Kind = QuestionKind.FillInBlank, Stem = joined, Blanks = [blank] });
        }
        var multiple = answers.Count(a => a.Fraction > 0) > 1;
        var choiceStem = missingWord ? $"{stem} ____ {Html(GiftText.Unescape(after), format)}" : stem;
        return new ParsedQuestion(index, label, path, request with
        {
            Kind = multiple ? QuestionKind.MultipleChoice : QuestionKind.SingleChoice,
            Stem = choiceStem,
            Options = [.. answers.Select(a => new SaveOptionRequest(Html(a.Text, format), multiple ? a.Fraction > 0 : a.Fraction >= 100, a.Fraction,
                a.Feedback is null ? null : Html(a.Feedback, format)))],
        });
    }

    private static string Html(string text, string format) =>
        format is "html" or "moodle" ? text : WebUtility.HtmlEncode(text).Replace("\n", "<br>", StringComparison.Ordinal);
}
