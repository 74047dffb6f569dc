using System.Text.Json;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Inspections.WorkOrders;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Screening;

namespace SafetyPortal.Inspections.Areas.Inspections.Pages.WorkOrders;

/// <summary>
/// The push form as posted: the enterprises are those a chosen saved screening finds, else those with any of the checked key
/// sites (one screening condition).
/// </summary>
public sealed class PushForm
{
    public const string KeySitesCondition = "organization.key-sites";

    public string? Title { get; set; }
    public string? Measure { get; set; }
    public WorkOrderFrequency? Frequency { get; set; }
    public DateOnly? FirstDay { get; set; }
    public DateOnly? LastDay { get; set; }
    public int? MinPhotos { get; set; } = 1;
    public bool RequirePlace { get; set; }
    public List<KeySites> Sites { get; set; } = [];
    public Guid? SavedScreeningId { get; set; }

    public PushWorkOrderRequest ToRequest() =>
        new(Title, Measure, Frequency, FirstDay, LastDay, MinPhotos, RequirePlace, SavedScreeningId is null ? SiteConditions() : null,
            SavedScreeningId: SavedScreeningId);

    /// <summary>The checked key sites as one screening condition; null when none is checked.</summary>
    private IReadOnlyList<ScreeningCriterion>? SiteConditions()
    {
        var sites = Sites.Where(s => s != KeySites.None).Distinct().Select(s => s.ToString()).ToList();
        return sites.Count == 0
            ? null
            : [new ScreeningCriterion(KeySitesCondition, new Dictionary<string, JsonElement> { ["sites"] = JsonSerializer.SerializeToElement(sites) })];
    }
}
