using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Http.Tests.Workflows;
using SkiaSharp;

namespace SafetyPortal.Http.Tests.Inspections;

/// <summary>Calls of the hazard API the tests share, and photos made for them.</summary>
internal static class HazardClient
{
    public const string Hazards = "/api/inspections/hazards";

    public static async Task<Guid> EnterpriseOfAsync(this PortalClient client)
    {
        var me = await client.GetJsonAsync<MeDocument>("/api/account/me");
        return Guid.Parse(me!.OrganizationUnits.Select(u => u.GetProperty("enterpriseId").GetString()).First(e => e is not null)!);
    }

    public static async Task<HazardDocument> ReportedAsync(this PortalClient client, object request)
    {
        var response = await client.Http.PostAsJsonAsync(Hazards, request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<HazardDocument>())!;
    }

    public static async Task<ProblemDocument> RefusedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ProblemDocument>())!;
    }

    /// <summary>The status follows the process through its service tasks, which run as background jobs.</summary>
    public static Task<HazardDocument> StatusAsync(this PortalClient client, Guid id, string status) =>
        Eventually.ReturnsAsync(async () => (await client.GetJsonAsync<HazardDocument>($"{Hazards}/{id}"))!, h => h.Status == status,
            $"the hazard to be {status}");

    /// <summary>The open task of the hazard's process at this element, once the process has reached it.</summary>
    public static async Task<TaskDocument> TaskAsync(this PortalClient client, string key, string elementId) =>
        (await Eventually.ReturnsAsync(async () => (await client.TasksAsync("all", key)).FirstOrDefault(t => t.ElementId == elementId),
            t => t is not null, $"the {elementId} task"))!;

    public static async Task<HttpResponseMessage> UploadAsync(this PortalClient client, Guid hazardId, string stage, params (string Name, byte[] Content)[] files)
    {
        var token = await client.GetAntiforgeryTokenAsync("/Inspections/Hazards");
        using var form = new MultipartFormDataContent();
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
            form.Add(part, "files", name);
        }
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.Http.PostAsync($"{Hazards}/{hazardId}/photos?stage={stage}", form);
    }

    public static async Task<List<HazardPhotoDocument>> UploadedAsync(this PortalClient client, Guid hazardId, string stage, params (string Name, byte[] Content)[] files)
    {
        var response = await client.UploadAsync(hazardId, stage, files);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<List<HazardPhotoDocument>>(JsonSerializerOptions.Web))!;
    }

    /// <summary>A JPEG of one colour, as a phone would send (no EXIF): a different colour is a different picture.</summary>
    public static byte[] Jpeg(SKColor colour, int width = 640, int height = 480)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(colour);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }
}
