using System.Net;
using System.Text.RegularExpressions;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Interop;

/// <summary>
/// Reads the Aiken format: a question's text, its options "A. ..." or "A) ...", then "ANSWER: B". Several letters
/// ("ANSWER: A,C" or "AC") make a multiple-choice question. Options not followed by ANSWER: are rejected as such; an
/// answer letter that is no option means no correct answer. All text is plain.
/// </summary>
public static partial class AikenReader
{
    public static QuestionFile Read(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var file = new QuestionFile();
        var stem = new List<string>();
        var options = new List<(char Letter, string Text)>();
        var index = 0;
        foreach (var raw in content.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim().TrimStart('\uFEFF');
            if (line.Length == 0)
            {
                continue;
            }
            if (AnswerLine().Match(line) is { Success: true } answer)
            {
                file.Questions.Add(Finish(++index, stem, options, answer.Groups["letters"].Value));
                stem.Clear();
                options.Clear();
            }
            else if (stem.Count > 0 && OptionLine().Match(line) is { Success: true } option)
            {
                options.Add((char.ToUpperInvariant(option.Groups["letter"].Value[0]), option.Groups["text"].Value.Trim()));
            }
            else
            {
                if (options.Count > 0)
                {
                    file.Questions.Add(ParsedQuestion.Rejected(++index, Label(stem), [], ParseProblem.NoAnswerLine));
                    stem.Clear();
                    options.Clear();
                }
                stem.Add(line);
            }
        }
        if (stem.Count > 0)
        {
            file.Questions.Add(ParsedQuestion.Rejected(++index, Label(stem), [], options.Count > 0 ? ParseProblem.NoAnswerLine : ParseProblem.Malformed,
                options.Count > 0 ? null : "options"));
        }
        return file;
    }

    private static ParsedQuestion Finish(int index, List<string> stem, List<(char Letter, string Text)> options, string letters)
    {
        var name = Label(stem);
        if (stem.Count == 0 || options.Count < 2)
        {
            return ParsedQuestion.Rejected(index, name, [], ParseProblem.Malformed, "options");
        }
        var correct = letters.ToUpperInvariant().Where(char.IsLetter).ToHashSet();
        if (correct.Count == 0 || !correct.All(c => options.Exists(o => o.Letter == c)))
        {
            return ParsedQuestion.Rejected(index, name, [], ParseProblem.AnswerNotAnOption, letters);
        }
        var kind = correct.Count > 1 ? QuestionKind.MultipleChoice : QuestionKind.SingleChoice;
        var html = string.Join("<br>", stem.Select(WebUtility.HtmlEncode));
        return new ParsedQuestion(index, name, [], new SaveQuestionRequest(null, kind, html,
            Options: [.. options.Select(o => new SaveOptionRequest(WebUtility.HtmlEncode(o.Text), correct.Contains(o.Letter)))]));
    }

    private static string Label(List<string> stem)
    {
        var text = string.Join(' ', stem);
        return text.Length <= 60 ? text : text[..60] + "…";
    }

    [GeneratedRegex(@"^ANSWER\s*[:：]\s*(?<letters>[A-Za-z][A-Za-z,，、\s]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex AnswerLine();

    [GeneratedRegex(@"^(?<letter>[A-Za-z])\s*[\.\)．、）]\s*(?<text>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex OptionLine();
}
