using Microsoft.AspNetCore.Mvc.ModelBinding;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Identity.Areas.Identity.Pages;

internal static class PageValidation
{
    /// <summary>A use case's field errors beside the form's fields (Input.UserName ...); fields the form lacks go to the summary.</summary>
    public static void AddErrors(this ModelStateDictionary modelState, ValidationException exception, string prefix, IReadOnlyCollection<string> formFields)
    {
        foreach (var (field, messages) in exception.Errors.ToDictionary())
        {
            var key = formFields.Contains(field) ? $"{prefix}.{field}" : string.Empty;
            foreach (var message in messages)
            {
                modelState.AddModelError(key, message);
            }
        }
    }
}
