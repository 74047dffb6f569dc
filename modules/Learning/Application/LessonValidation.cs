using Microsoft.Extensions.Localization;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Learning.Application;

/// <summary>Field checks shared by courses, chapters and lessons.</summary>
public static class LessonValidation
{
    public const int MaxMinimumStudySeconds = 24 * 3600;

    /// <summary>Trimmed text within its length; null when empty (an error when required).</summary>
    public static string? Text(string? value, int maxLength, string field, bool required, ValidationErrors errors, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            if (required)
            {
                errors.Add(field, text["FieldRequired"]);
            }
            return null;
        }
        if (trimmed.Length > maxLength)
        {
            errors.Add(field, text["FieldTooLong", maxLength]);
        }
        return trimmed;
    }

    public static void Numbers(SaveLessonRequest request, ValidationErrors errors, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        ArgumentNullException.ThrowIfNull(text);
        if (request.CreditHours < 0 || request.CreditHours > Lesson.MaxCreditHours || decimal.Round(request.CreditHours, 2) != request.CreditHours)
        {
            errors.Add(nameof(SaveLessonRequest.CreditHours), text["CreditHoursInvalid", Lesson.MaxCreditHours]);
        }
        if (request.MinimumStudySeconds is < 0 or > MaxMinimumStudySeconds)
        {
            errors.Add(nameof(SaveLessonRequest.MinimumStudySeconds), text["MinimumStudySecondsInvalid", MaxMinimumStudySeconds]);
        }
        if (request.VideoSeconds is < 1 or > MaxMinimumStudySeconds)
        {
            errors.Add(nameof(SaveLessonRequest.VideoSeconds), text["VideoSecondsInvalid"]);
        }
        if (!Enum.IsDefined(request.Kind))
        {
            errors.Add(nameof(SaveLessonRequest.Kind), text["ValueUnknown"]);
        }
    }
}
