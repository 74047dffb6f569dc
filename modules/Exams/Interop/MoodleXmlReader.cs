using System.Globalization;
using System.Net;
using System.Xml;
using System.Xml.Linq;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Interop;

/// <summary>
/// Reads Moodle XML (question/format/xml): category pseudo-questions set the category path of the questions after
/// them; multichoice (single and multiple, with fractions), truefalse, shortanswer (→ fill-in-the-blank) and cloze
/// made only of short answers (→ several blanks) are read; every other type is reported as unsupported by name.
/// No DTD, no external entities.
/// </summary>
public static class MoodleXmlReader
{
    public static QuestionFile Read(Stream content)
    {
        var document = Load(content);
        if (document.Root?.Name.LocalName != "quiz")
        {
            throw new QuestionFileException(ParseProblem.NotTheFormat, "quiz");
        }
        var file = new QuestionFile();
        IReadOnlyList<string> path = [];
        var index = 0;
        foreach (var element in document.Root.Elements("question"))
        {
            var type = (string?)element.Attribute("type") ?? "";
            if (type == "category")
            {
                path = CategoryPaths.Parse(Text(element.Element("category")));
                if (Text(element.Element("info")) is { Length: > 0 } info && path.Count > 0)
                {
                    file.CategoryDescriptions[QuestionFile.PathKey(path)] = HtmlText.Plain(info);
                }
                continue;
            }
            index++;
            file.Questions.Add(ReadQuestion(element, type, index, path));
        }
        return file;
    }

    private static XDocument Load(Stream content)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        try
        {
            using var reader = XmlReader.Create(content, settings);
            return XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new QuestionFileException(ParseProblem.NotTheFormat, $"XML, line {ex.LineNumber}", ex);
        }
    }

    private static ParsedQuestion ReadQuestion(XElement element, string type, int index, IReadOnlyList<string> path)
    {
        var name = HtmlText.Plain(Text(element.Element("name")));
        var kind = type switch
        {
            "multichoice" => IsSingle(element) ? QuestionKind.SingleChoice : QuestionKind.MultipleChoice,
            "truefalse" => QuestionKind.TrueFalse,
            "shortanswer" or "multianswer" => QuestionKind.FillInBlank,
            _ => (QuestionKind?)null,
        };
        if (kind is null)
        {
            return ParsedQuestion.Rejected(index, name, path, ParseProblem.UnsupportedType, type);
        }
        var stem = Html(element.Element("questiontext"));
        var answers = element.Elements("answer").Select(a => (Fraction: Fraction(a), Text: Html(a), Feedback: Html(a.Element("feedback")))).ToList();
        var (difficulty, sites, tags) = MoodleTags.Read(element.Element("tags")?.Elements("tag").Select(Text) ?? []);
        var request = new SaveQuestionRequest(null, kind, stem, name, Html(element.Element("generalfeedback")), difficulty,
            Points(element), sites, RiskCategories: tags.RiskCategories, Industries: tags.Industries, Positions: tags.Positions);
        switch (kind)
        {
            case QuestionKind.FillInBlank when type == "multianswer":
                return Cloze.Read(request, index, name, path);
            case QuestionKind.FillInBlank:
                var accepted = answers.Where(a => a.Fraction > 0).Select(a => HtmlText.Plain(a.Text)).ToList();
                return accepted.Count == 0
                    ? ParsedQuestion.Rejected(index, name, path, ParseProblem.NoCorrectAnswer)
                    : new ParsedQuestion(index, name, path, request with { Blanks = [new SaveBlankRequest(accepted, Text(element.Element("usecase")) == "1")] });
            case QuestionKind.TrueFalse:
                // True first, false second, whatever the file's order.
                answers = [.. answers.OrderBy(a => HtmlText.Plain(a.Text).Equals("true", StringComparison.OrdinalIgnoreCase) ? 0 : 1)];
                break;
        }
        if (!answers.Exists(a => a.Fraction > 0))
        {
            return ParsedQuestion.Rejected(index, name, path, ParseProblem.NoCorrectAnswer);
        }
        var options = answers.Select(a => new SaveOptionRequest(a.Text,
            kind == QuestionKind.MultipleChoice ? a.Fraction > 0 : a.Fraction >= 100m, a.Fraction, a.Feedback.Length == 0 ? null : a.Feedback)).ToList();
        return new ParsedQuestion(index, name, path, request with { Options = options });
    }

    private static bool IsSingle(XElement question) =>
        !string.Equals(Text(question.Element("single")), "false", StringComparison.OrdinalIgnoreCase) && Text(question.Element("single")) != "0";

    private static decimal Fraction(XElement answer) =>
        decimal.TryParse((string?)answer.Attribute("fraction"), NumberStyles.Float, CultureInfo.InvariantCulture, out var f) ? f : 0m;

    private static decimal? Points(XElement question) =>
        decimal.TryParse(Text(question.Element("defaultgrade")), NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p > 0
            ? Math.Round(p, 2)
            : null;

    /// <summary>The element's &lt;text&gt; child (or its own text), trimmed.</summary>
    internal static string Text(XElement? element) =>
        (element?.Element("text")?.Value ?? element?.Value ?? "").Trim();

    /// <summary>A text field as HTML: html and moodle_auto_format are HTML already, plain text and Markdown are encoded.</summary>
    private static string Html(XElement? element)
    {
        var text = Text(element);
        var format = (string?)element?.Attribute("format") ?? "html";
        return format is "plain_text" or "markdown" ? WebUtility.HtmlEncode(text).Replace("\n", "<br>", StringComparison.Ordinal) : text;
    }
}
