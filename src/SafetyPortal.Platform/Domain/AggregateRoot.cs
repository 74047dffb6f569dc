namespace SafetyPortal.Platform.Domain;

/// <summary>An entity edited on its own screen: stamped times and an optimistic concurrency stamp.</summary>
public abstract class AggregateRoot : Entity, IHasConcurrencyStamp, IHasCreationTime, IHasModificationTime
{
    public string ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString("N");
    public DateTime CreationTime { get; set; }
    public DateTime? LastModificationTime { get; set; }
}
