using SafetyPortal.Inspections.WorkOrders;

namespace SafetyPortal.Inspections.Areas.Inspections.Pages.WorkOrders;

/// <summary>The answer form's fields besides its photos (posted as "files"); the place is filled in by the page's script.</summary>
public sealed class AnswerForm
{
    public string? Note { get; set; }
    public decimal? Latitude { get; set; }
    public decimal? Longitude { get; set; }

    public AnswerWorkOrderRequest ToRequest() => new(Note, Latitude, Longitude);
}
