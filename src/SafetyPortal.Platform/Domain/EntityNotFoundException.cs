namespace SafetyPortal.Platform.Domain;

/// <summary>Thrown when a record does not exist or is not visible to the current town; the API answers 404.</summary>
public sealed class EntityNotFoundException(Type entityType, object id)
    : Exception($"{entityType.Name} {id} was not found.")
{
    public Type EntityType { get; } = entityType;
    public object Id { get; } = id;
}
