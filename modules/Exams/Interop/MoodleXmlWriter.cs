using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Interop;

/// <summary>
/// Writes questions as Moodle XML that <see cref="MoodleXmlReader"/> (and Moodle) reads back to the same questions:
/// a category pseudo-question before each category's questions; single- and multiple-choice as multichoice with
/// fractions, true/false, one blank as shortanswer, several as cloze; difficulty, key sites and tags as Moodle tags.
/// </summary>
public static class MoodleXmlWriter
{
    public static void Write(Stream output, IEnumerable<(IReadOnlyList<string> Path, string? Description, IReadOnlyList<QuestionDto> Questions)> categories)
    {
        ArgumentNullException.ThrowIfNull(categories);
        var quiz = new XElement("quiz");
        foreach (var (path, description, questions) in categories)
        {
            quiz.Add(new XElement("question", new XAttribute("type", "category"),
                new XElement("category", TextElement(CategoryPaths.Format(path))),
                new XElement("info", new XAttribute("format", "plain_text"), TextElement(description ?? ""))));
            foreach (var question in questions)
            {
                quiz.Add(Question(question));
            }
        }
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true };
        using var writer = XmlWriter.Create(output, settings);
        new XDocument(new XDeclaration("1.0", "UTF-8", null), quiz).Save(writer);
    }

    private static XElement Question(QuestionDto q)
    {
        var single = q.Blanks.Count == 1 && !q.Stem.Contains("{{", StringComparison.Ordinal);
        var type = q.Kind switch
        {
            QuestionKind.SingleChoice or QuestionKind.MultipleChoice => "multichoice",
            QuestionKind.TrueFalse => "truefalse",
            _ => single ? "shortanswer" : "multianswer",
        };
        var stem = type == "multianswer" ? Cloze.Write(q.Stem, q.Blanks) : q.Stem;
        var element = new XElement("question", new XAttribute("type", type),
            new XElement("name", TextElement(q.Name)),
            Html("questiontext", stem),
            Html("generalfeedback", q.Explanation ?? ""),
            new XElement("defaultgrade", q.DefaultPoints.ToString("0.0000000", CultureInfo.InvariantCulture)),
            new XElement("penalty", "0.0000000"),
            new XElement("hidden", "0"));
        if (q.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice)
        {
            element.Add(new XElement("single", q.Kind == QuestionKind.SingleChoice ? "true" : "false"),
                new XElement("shuffleanswers", "true"), new XElement("answernumbering", "abc"));
        }
        if (type == "shortanswer")
        {
            var blank = q.Blanks[0];
            element.Add(new XElement("usecase", blank.CaseSensitive ? "1" : "0"));
            element.Add(blank.AcceptedAnswers.Select(a => Answer(100m, WebEncode(a), null)));
        }
        element.Add(q.Options.OrderBy(o => o.SortOrder).Select((o, i) =>
            Answer(o.Fraction, q.Kind == QuestionKind.TrueFalse ? (i == 0 ? "true" : "false") : o.Text, o.Feedback, q.Kind != QuestionKind.TrueFalse)));
        element.Add(new XElement("tags", MoodleTags.Write(q.Difficulty, q.KeySites, q.Tags).Select(t => new XElement("tag", TextElement(t)))));
        return element;
    }

    private static XElement Answer(decimal fraction, string text, string? feedback, bool html = false) =>
        new("answer", new XAttribute("fraction", fraction.ToString("0.#######", CultureInfo.InvariantCulture)),
            new XAttribute("format", html ? "html" : "moodle_auto_format"),
            html ? new XElement("text", new XCData(text)) : TextElement(text),
            Html("feedback", feedback ?? ""));

    private static XElement Html(string name, string html) =>
        new(name, new XAttribute("format", "html"), new XElement("text", new XCData(html)));

    private static XElement TextElement(string text) => new("text", text);

    private static string WebEncode(string text) => System.Net.WebUtility.HtmlEncode(text);
}
