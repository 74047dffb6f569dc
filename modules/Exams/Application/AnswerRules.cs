using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Text;

namespace SafetyPortal.Exams.Application;

/// <summary>
/// The answer part of a question: options for choice and true/false questions (how many, which are correct, their
/// fractions), blanks for fill-in-the-blank. Errors name Options / Blanks (or Options[i].Text, Blanks[i]).
/// </summary>
internal sealed class AnswerRules(RichTextSanitizer sanitizer, IStringLocalizer text)
{
    /// <summary>Positive fractions of a multiple-choice question must add up to 100 within this (33.33333 × 3).</summary>
    private const decimal SumTolerance = 0.01m;

    public List<QuestionOption> Options(QuestionKind kind, IReadOnlyList<SaveOptionRequest>? requested, ValidationErrors errors)
    {
        const string field = nameof(SaveQuestionRequest.Options);
        var options = requested ?? [];
        if (kind == QuestionKind.FillInBlank)
        {
            if (options.Count > 0)
            {
                errors.Add(field, text["OptionsNotForBlanks"]);
            }
            return [];
        }
        if (options.Count > Question.MaxOptions)
        {
            errors.Add(field, text["TooManyOptions", Question.MaxOptions]);
            return [];
        }
        var correct = options.Count(o => o.IsCorrect);
        if (kind == QuestionKind.TrueFalse && (options.Count != 2 || correct != 1))
        {
            errors.Add(field, text["TrueFalseTwoOptions"]);
        }
        else if (kind != QuestionKind.TrueFalse && options.Count < 2)
        {
            errors.Add(field, text["ChoiceNeedsOptions"]);
        }
        else if (kind == QuestionKind.SingleChoice && correct != 1)
        {
            errors.Add(field, text["SingleChoiceOneCorrect"]);
        }
        else if (kind == QuestionKind.MultipleChoice && correct < 1)
        {
            errors.Add(field, text["MultipleChoiceSomeCorrect"]);
        }
        var share = kind == QuestionKind.MultipleChoice && correct > 0 ? Math.Round(100m / correct, 5) : 100m;
        var result = new List<QuestionOption>(options.Count);
        for (var i = 0; i < options.Count; i++)
        {
            var option = options[i];
            var html = sanitizer.Clean(option.Text ?? "");
            if (html.Length == 0)
            {
                errors.Add($"{field}[{i}].{nameof(SaveOptionRequest.Text)}", text["FieldRequired"]);
            }
            else if (html.Length > QuestionOption.MaxTextLength)
            {
                errors.Add($"{field}[{i}].{nameof(SaveOptionRequest.Text)}", text["FieldTooLong", QuestionOption.MaxTextLength]);
            }
            var feedback = string.IsNullOrWhiteSpace(option.Feedback) ? null : sanitizer.Clean(option.Feedback);
            result.Add(new QuestionOption
            {
                Text = html,
                IsCorrect = option.IsCorrect,
                Fraction = option.Fraction ?? (option.IsCorrect ? share : 0m),
                Feedback = string.IsNullOrEmpty(feedback) ? null : feedback[..Math.Min(feedback.Length, QuestionOption.MaxTextLength)],
                SortOrder = i,
            });
        }
        CheckFractions(kind, result, errors);
        return result;
    }

    public List<QuestionBlank> Blanks(QuestionKind kind, IReadOnlyList<SaveBlankRequest>? requested, ValidationErrors errors)
    {
        const string field = nameof(SaveQuestionRequest.Blanks);
        var blanks = requested ?? [];
        if (kind != QuestionKind.FillInBlank)
        {
            if (blanks.Count > 0)
            {
                errors.Add(field, text["BlanksNotForChoice"]);
            }
            return [];
        }
        if (blanks.Count == 0)
        {
            errors.Add(field, text["FillInBlankNeedsBlanks"]);
        }
        else if (blanks.Count > Question.MaxBlanks)
        {
            errors.Add(field, text["TooManyBlanks", Question.MaxBlanks]);
            return [];
        }
        var result = new List<QuestionBlank>(blanks.Count);
        for (var i = 0; i < blanks.Count; i++)
        {
            var answers = (blanks[i].AcceptedAnswers ?? []).Select(a => a?.Trim() ?? "").Where(a => a.Length > 0)
                .Distinct(StringComparer.Ordinal).ToList();
            if (answers.Count == 0)
            {
                errors.Add($"{field}[{i}]", text["BlankNeedsAnswer", i + 1]);
            }
            else if (answers.Count > QuestionBlank.MaxAnswers || answers.Exists(a => a.Length > QuestionBlank.MaxAnswerLength))
            {
                errors.Add($"{field}[{i}]", text["BlankAnswersTooMany", QuestionBlank.MaxAnswers, QuestionBlank.MaxAnswerLength]);
            }
            result.Add(new QuestionBlank { Index = i + 1, AcceptedAnswers = answers, CaseSensitive = blanks[i].CaseSensitive });
        }
        return result;
    }

    private void CheckFractions(QuestionKind kind, List<QuestionOption> options, ValidationErrors errors)
    {
        const string field = nameof(SaveQuestionRequest.Options);
        if (options.Exists(o => o.Fraction is < -100m or > 100m))
        {
            errors.Add(field, text["FractionRange"]);
            return;
        }
        if (options.Exists(o => o.IsCorrect ? o.Fraction <= 0 : o.Fraction >= 100m)
            || (kind == QuestionKind.MultipleChoice && options.Exists(o => !o.IsCorrect && o.Fraction > 0)))
        {
            errors.Add(field, text["FractionsDisagree"]);
            return;
        }
        if (kind != QuestionKind.MultipleChoice && options.Exists(o => o.IsCorrect && o.Fraction != 100m))
        {
            errors.Add(field, text["SingleCorrectFull"]);
        }
        var sum = options.Where(o => o.IsCorrect).Sum(o => o.Fraction);
        if (kind == QuestionKind.MultipleChoice && options.Exists(o => o.IsCorrect) && Math.Abs(sum - 100m) > SumTolerance)
        {
            errors.Add(field, text["CorrectFractionsSum", sum.ToString("0.#####", System.Globalization.CultureInfo.InvariantCulture)]);
        }
    }
}
