using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Risks.Screening.Domain;

/// <summary>
/// A screening someone saved to run again: its conditions as JSON (the API's condition requests), its owner and
/// whether the owner's town (or, on the host, the bureau) may use it too. TenantId null: the bureau's.
/// </summary>
public class SavedScreening : AggregateRoot, IMultiTenant
{
    public const int MaxNameLength = 128;

    public Guid? TenantId { get; set; }
    public string Name { get; set; } = "";
    public string ConditionsJson { get; set; } = "[]";
    public Guid OwnerId { get; set; }
    public string? OwnerName { get; set; }

    /// <summary>Everyone of the town who may screen sees and runs it; only the owner changes it.</summary>
    public bool IsShared { get; set; }
}
