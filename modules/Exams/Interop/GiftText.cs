using System.Globalization;
using System.Text;

namespace SafetyPortal.Exams.Interop;

/// <summary>The small pieces of GIFT syntax: escapes, finding unescaped marks, answers with weights and feedback.</summary>
internal static class GiftText
{
    /// <summary>Tilde: written with ~ (a choice answer); only = answers make a short-answer question.</summary>
    public sealed record Answer(string Text, decimal Fraction, bool Tilde, string? Feedback);

    private const string Specials = "~=#{}:\\";

    public static int FindUnescaped(string text, string mark, int from)
    {
        for (var i = from; i <= text.Length - mark.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
                continue;
            }
            if (string.CompareOrdinal(text, i, mark, 0, mark.Length) == 0)
            {
                return i;
            }
        }
        return -1;
    }

    public static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && (Specials.Contains(text[i + 1], StringComparison.Ordinal) || text[i + 1] == 'n'))
            {
                builder.Append(text[i + 1] == 'n' ? '\n' : text[i + 1]);
                i++;
                continue;
            }
            builder.Append(text[i]);
        }
        return builder.ToString();
    }

    /// <summary>The [format] prefix of a question text (moodle when none) and the text without it.</summary>
    public static (string Format, string Text) Format(string text)
    {
        var trimmed = text.TrimStart();
        foreach (var format in new[] { "html", "moodle", "plain", "markdown" })
        {
            if (trimmed.StartsWith($"[{format}]", StringComparison.OrdinalIgnoreCase))
            {
                return (format, trimmed[(format.Length + 2)..]);
            }
        }
        return ("moodle", text);
    }

    public static string Label(string text)
    {
        var plain = Unescape(Format(text).Text).Trim().ReplaceLineEndings(" ");
        return plain.Length <= 60 ? plain : plain[..60] + "…";
    }

    public static bool? TrueFalse(string answer)
    {
        var value = answer.Split('#')[0].Trim().ToUpperInvariant();
        return value switch
        {
            "T" or "TRUE" => true,
            "F" or "FALSE" => false,
            _ => null,
        };
    }

    /// <summary>The answers of a block: "=" right (100), "~" wrong (0), either with an optional %weight% and #feedback.</summary>
    public static List<Answer> Answers(string block)
    {
        var answers = new List<Answer>();
        var start = -1;
        for (var i = 0; i <= block.Length; i++)
        {
            if (i < block.Length && block[i] == '\\')
            {
                i++;
                continue;
            }
            if (i == block.Length || block[i] is '=' or '~')
            {
                if (start >= 0)
                {
                    answers.Add(Parse(block[start..i]));
                }
                start = i;
            }
        }
        return answers;
    }

    private static Answer Parse(string raw)
    {
        var wrong = raw[0] == '~';
        var body = raw[1..].Trim();
        decimal? weight = null;
        if (body.StartsWith('%') && body.IndexOf('%', 1) is var end and > 0
            && decimal.TryParse(body[1..end], NumberStyles.Float, CultureInfo.InvariantCulture, out var w))
        {
            weight = w;
            body = body[(end + 1)..];
        }
        string? feedback = null;
        if (FindUnescaped(body, "#", 0) is var hash and >= 0)
        {
            feedback = Unescape(body[(hash + 1)..]).Trim();
            body = body[..hash];
        }
        var fraction = weight ?? (wrong ? 0m : 100m);
        return new Answer(Unescape(body).Trim(), fraction, wrong, string.IsNullOrEmpty(feedback) ? null : feedback);
    }
}
