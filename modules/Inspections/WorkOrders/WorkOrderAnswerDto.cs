using SafetyPortal.Inspections.Photos;

namespace SafetyPortal.Inspections.WorkOrders;

/// <summary>An answer with its photos (as checklist photos are described: time, place, links).</summary>
public sealed record WorkOrderAnswerDto(
    Guid Id,
    Guid WorkOrderId,
    DateOnly Period,
    string? Note,
    decimal? Latitude,
    decimal? Longitude,
    string AnswererName,
    DateTime AnsweredTime,
    IReadOnlyList<EvidencePhotoDto> Photos);
