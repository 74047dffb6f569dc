using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Text;

namespace SafetyPortal.Exams.Application;

/// <summary>
/// Checks a <see cref="SaveQuestionRequest"/> and writes it into a question: sanitised HTML, defaults, answers, tags.
/// The same rules serve the editor, the API and every importer. The category is checked by the caller.
/// </summary>
public sealed class QuestionEditor(RichTextSanitizer sanitizer, IStringLocalizer<ExamsResource> text)
{
    public const int DefaultDifficulty = 3;
    public const decimal MaxPoints = 1000m;
    private const int NameFromStemLength = 60;

    private static readonly KeySites KeySitesAll = Enum.GetValues<KeySites>().Aggregate(KeySites.None, (a, b) => a | b);

    /// <summary>Applies the request; errors go to <paramref name="errors"/> and the question is then not to be saved.</summary>
    public void Apply(Question question, SaveQuestionRequest request, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            errors.Add(nameof(SaveQuestionRequest.Kind), text[request.Kind is null ? "FieldRequired" : "ValueUnknown"]);
            return;
        }
        question.Kind = kind;
        var stem = sanitizer.Clean(request.Stem ?? "");
        if (HtmlText.Plain(stem).Length == 0 && !stem.Contains("<img", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(nameof(SaveQuestionRequest.Stem), text["FieldRequired"]);
        }
        else if (stem.Length > Question.MaxStemLength)
        {
            errors.Add(nameof(SaveQuestionRequest.Stem), text["FieldTooLong", Question.MaxStemLength]);
        }
        question.SetStem(stem);
        var name = request.Name?.Trim();
        question.Name = string.IsNullOrEmpty(name) ? HtmlText.Excerpt(stem, NameFromStemLength) : name;
        if (question.Name.Length > Question.MaxNameLength)
        {
            errors.Add(nameof(SaveQuestionRequest.Name), text["FieldTooLong", Question.MaxNameLength]);
        }
        var explanation = string.IsNullOrWhiteSpace(request.Explanation) ? "" : sanitizer.Clean(request.Explanation);
        question.Explanation = explanation.Length == 0 ? null : explanation;
        if (explanation.Length > Question.MaxExplanationLength)
        {
            errors.Add(nameof(SaveQuestionRequest.Explanation), text["FieldTooLong", Question.MaxExplanationLength]);
        }
        question.Difficulty = request.Difficulty ?? DefaultDifficulty;
        if (question.Difficulty is < Question.MinDifficulty or > Question.MaxDifficulty)
        {
            errors.Add(nameof(SaveQuestionRequest.Difficulty), text["DifficultyRange", Question.MinDifficulty, Question.MaxDifficulty]);
        }
        question.DefaultPoints = request.DefaultPoints ?? 1m;
        if (question.DefaultPoints is <= 0 or > MaxPoints || question.DefaultPoints != Math.Round(question.DefaultPoints, 2))
        {
            errors.Add(nameof(SaveQuestionRequest.DefaultPoints), text["PointsRange", MaxPoints]);
        }
        if ((request.KeySites & ~KeySitesAll) != 0)
        {
            errors.Add(nameof(SaveQuestionRequest.KeySites), text["ValueUnknown"]);
        }
        question.KeySites = request.KeySites & KeySitesAll;
        var answers = new AnswerRules(sanitizer, text);
        Replace(question.Options, answers.Options(kind, request.Options, errors), o => { o.TenantId = question.TenantId; o.QuestionId = question.Id; });
        Replace(question.Blanks, answers.Blanks(kind, request.Blanks, errors), b => { b.TenantId = question.TenantId; b.QuestionId = question.Id; });
        var tags = TagCodes.Read(new QuestionTagsDto(request.RiskCategories, request.Industries, request.Positions), "", errors, text);
        question.Tags.RemoveAll(t => !tags.Exists(w => w.Kind == t.Kind && string.Equals(w.Code, t.Code, StringComparison.OrdinalIgnoreCase)));
        foreach (var (tagKind, code) in tags)
        {
            question.AddTag(tagKind, code);
        }
    }

    private static void Replace<T>(List<T> current, List<T> wanted, Action<T> own)
    {
        current.Clear();
        foreach (var item in wanted)
        {
            own(item);
            current.Add(item);
        }
    }
}
