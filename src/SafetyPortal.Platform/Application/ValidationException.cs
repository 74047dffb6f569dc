namespace SafetyPortal.Platform.Application;

/// <summary>Input a use case refuses; the API answers 400 with the field errors, pages show them beside the fields.</summary>
public sealed class ValidationException(ValidationErrors errors) : Exception("The input is not valid.")
{
    public ValidationErrors Errors { get; } = errors;

    /// <summary>One field, one reason.</summary>
    public static ValidationException For(string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return new ValidationException(errors);
    }
}
