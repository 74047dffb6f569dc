namespace SafetyPortal.Inspections.WorkOrders;

/// <summary>The form fields of an answer besides its photos (multipart field "files").</summary>
public sealed record AnswerWorkOrderRequest(string? Note, decimal? Latitude, decimal? Longitude);
