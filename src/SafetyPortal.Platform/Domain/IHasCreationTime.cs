namespace SafetyPortal.Platform.Domain;

public interface IHasCreationTime
{
    /// <summary>UTC.</summary>
    DateTime CreationTime { get; set; }
}
