using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Screening;

namespace SafetyPortal.Inspections.WorkOrders;

/// <summary>
/// A campaign to push: what to do, how often, from and to which day (China calendar), the evidence each answer needs,
/// and the enterprises — chosen by screening conditions (as on the screening page), by a saved screening, or named.
/// </summary>
public sealed record PushWorkOrderRequest(
    string? Title,
    string? Measure,
    WorkOrderFrequency? Frequency,
    DateOnly? FirstDay,
    DateOnly? LastDay,
    int? MinPhotos = null,
    bool RequirePlace = false,
    IReadOnlyList<ScreeningCriterion>? Conditions = null,
    IReadOnlyList<Guid>? EnterpriseIds = null,
    Guid? SavedScreeningId = null);
