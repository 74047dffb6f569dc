using Microsoft.AspNetCore.Mvc.ModelBinding;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Platform.Ui;

public static class ModelStateExtensions
{
    /// <summary>Shows a use case's field errors beside the form's fields (bound under prefix, e.g. "Input").</summary>
    public static void AddValidationErrors(this ModelStateDictionary modelState, ValidationException exception, string prefix)
    {
        foreach (var (field, messages) in exception.Errors.ToDictionary())
        {
            foreach (var message in messages)
            {
                modelState.AddModelError($"{prefix}.{field}", message);
            }
        }
    }
}
