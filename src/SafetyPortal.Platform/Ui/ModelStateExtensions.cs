using Microsoft.AspNetCore.Mvc.ModelBinding;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Platform.Ui;

public static class ModelStateExtensions
{
    /// <summary>
    /// Shows a use case's field errors beside the form's fields (bound under prefix, e.g. "Input").
    /// With formFields given, errors of fields the form lacks go to the summary instead.
    /// </summary>
    public static void AddValidationErrors(
        this ModelStateDictionary modelState, ValidationException exception, string prefix, IReadOnlyCollection<string>? formFields = null)
    {
        foreach (var (field, messages) in exception.Errors.ToDictionary())
        {
            var key = formFields is null || formFields.Contains(field) ? $"{prefix}.{field}" : string.Empty;
            foreach (var message in messages)
            {
                modelState.AddModelError(key, message);
            }
        }
    }
}
