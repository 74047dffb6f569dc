namespace SafetyPortal.Platform.Domain;

public interface IHasModificationTime
{
    /// <summary>UTC; null until the first change.</summary>
    DateTime? LastModificationTime { get; set; }
}
