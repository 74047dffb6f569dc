namespace SafetyPortal.Platform.Application;

/// <summary>Field → messages, collected by a use case and answered as a 400 ValidationProblem naming each field.</summary>
public sealed class ValidationErrors
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool IsEmpty => _errors.Count == 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }
        messages.Add(message);
    }

    /// <summary>Ends the use case with a 400 naming every field, when anything was found.</summary>
    public void ThrowIfAny()
    {
        if (!IsEmpty)
        {
            throw new ValidationException(this);
        }
    }

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());
}
