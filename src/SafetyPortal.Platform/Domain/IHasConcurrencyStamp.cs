namespace SafetyPortal.Platform.Domain;

/// <summary>Optimistic concurrency that works alike on SQLite and MySQL: the stamp changes on every save.</summary>
public interface IHasConcurrencyStamp
{
    string ConcurrencyStamp { get; set; }
}
