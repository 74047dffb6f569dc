namespace SafetyPortal.Platform.Domain;

/// <summary>An entity with a GUID key; the provider generates it on insert (sequential on MySQL).</summary>
public abstract class Entity
{
    public Guid Id { get; set; }
}
