using SafetyPortal.Platform.Application;

namespace SafetyPortal.Risks.Application;

internal static class ValidationErrorsExtensions
{
    /// <summary>Ends the use case with a 400 naming every field, when anything was found.</summary>
    public static void ThrowIfAny(this ValidationErrors errors)
    {
        if (!errors.IsEmpty)
        {
            throw new ValidationException(errors);
        }
    }
}
