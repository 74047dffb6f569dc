using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Inspections;

/// <summary>Calls of the work-order API the tests share.</summary>
internal static class WorkOrderClient
{
    public const string WorkOrders = "/api/inspections/work-orders";

    /// <summary>Today in China, as the campaigns count days.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static object KeySites(string site) => new { key = "organization.key-sites", parameters = new { sites = new[] { site } } };

    /// <summary>Saves a screening (as on the screening page) and answers its id.</summary>
    public static async Task<Guid> SavedScreeningAsync(this PortalClient client, string name, params object[] conditions)
    {
        var response = await client.Http.PostAsJsonAsync("/api/risks/screening/saved", new { name, isShared = false, conditions });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task<WorkOrderCampaignDocument> PushedAsync(this PortalClient client, object request)
    {
        var response = await client.Http.PostAsJsonAsync($"{WorkOrders}/campaigns", request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<WorkOrderCampaignDocument>())!;
    }

    public static async Task<List<WorkOrderDocument>> OrdersAsync(this PortalClient client, Guid campaignId, string query = "") =>
        (await client.GetJsonAsync<PagedDocument<WorkOrderDocument>>($"{WorkOrders}/campaigns/{campaignId}/orders?pageSize=200&{query}"))!.Items;

    public static async Task<HttpResponseMessage> AnswerWorkOrderAsync(this PortalClient client, Guid orderId, int photos, string? latitude = null,
        string? longitude = null, string? note = null)
    {
        using var form = new MultipartFormDataContent();
        for (var i = 0; i < photos; i++)
        {
            var part = new ByteArrayContent(HazardClient.Jpeg(new SkiaSharp.SKColor((byte)(40 * i), 120, 200)));
            part.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            form.Add(part, "files", $"现场{i}.jpg");
        }
        foreach (var (name, value) in new[] { ("latitude", latitude), ("longitude", longitude), ("note", note) })
        {
            if (value is not null)
            {
                form.Add(new StringContent(value), name);
            }
        }
        form.Add(new StringContent(await client.GetAntiforgeryTokenAsync("/Inspections/Hazards")), "__RequestVerificationToken");
        return await client.Http.PostAsync($"{WorkOrders}/{orderId}/answers", form);
    }

    public static async Task<WorkOrderAnswerDocument> AnswerOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<WorkOrderAnswerDocument>(JsonSerializerOptions.Web))!;
}
