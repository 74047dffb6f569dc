using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Inspections;

/// <summary>Calls of the inspection cycle and task API the tests share.</summary>
internal static class CycleClient
{
    public const string Cycles = "/api/inspections/cycles";
    public const string Tasks = "/api/inspections/tasks";

    public static async Task<OpenCycleDocument> OpenedAsync(this PortalClient client, string tier, string day)
    {
        var response = await client.Http.PostAsJsonAsync(Cycles, new { tier, day });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<OpenCycleDocument>())!;
    }

    /// <summary>Sets town-level settings (the town admin's own town), asserting they were accepted.</summary>
    public static async Task SettingsSavedAsync(this PortalClient client, Dictionary<string, string?> values)
    {
        var saved = await client.Http.PutAsJsonAsync("/api/settings?level=Town", new { values });
        Assert.True(saved.IsSuccessStatusCode, await saved.Content.ReadAsStringAsync());
    }

    public static async Task<List<InspectionTaskDocument>> InspectionTasksAsync(this PortalClient client, string query) =>
        (await client.GetJsonAsync<PagedDocument<InspectionTaskDocument>>($"{Tasks}?pageSize=200&{query}"))!.Items;

    public static async Task<InspectionTaskDetailDocument> ChecklistAsync(this PortalClient client, Guid taskId) =>
        (await client.GetJsonAsync<InspectionTaskDetailDocument>($"{Tasks}/{taskId}"))!;

    public static Task<HttpResponseMessage> AnswerAsync(this PortalClient client, Guid taskId, params object[] answers) =>
        client.Http.PutAsJsonAsync($"{Tasks}/{taskId}/answers", new { answers });

    /// <summary>Answers every item Passed except those given, which fail with a note.</summary>
    public static async Task AnsweredAllAsync(this PortalClient client, InspectionTaskDetailDocument checklist, IReadOnlyDictionary<Guid, string>? failures = null)
    {
        var answers = checklist.Items.Select(i => failures?.GetValueOrDefault(i.Id) is { } note
            ? (object)new { itemId = i.Id, answer = "Failed", note }
            : new { itemId = i.Id, answer = "Passed" }).ToArray();
        var response = await client.AnswerAsync(checklist.Task.Id, answers);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task<HttpResponseMessage> UploadItemPhotoAsync(this PortalClient client, Guid taskId, Guid itemId, byte[] jpeg)
    {
        using var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(jpeg);
        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/jpeg");
        form.Add(part, "files", "现场.jpg");
        form.Add(new StringContent(await client.GetAntiforgeryTokenAsync("/Inspections/Hazards")), "__RequestVerificationToken");
        return await client.Http.PostAsync($"{Tasks}/{taskId}/items/{itemId}/photos", form);
    }

    public static async Task<List<ChecklistPhotoDocument>> ItemPhotoUploadedAsync(this PortalClient client, Guid taskId, Guid itemId, byte[] jpeg)
    {
        var response = await client.UploadItemPhotoAsync(taskId, itemId, jpeg);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<List<ChecklistPhotoDocument>>())!;
    }

    public static Task<HttpResponseMessage> SubmitAsync(this PortalClient client, Guid taskId, object? place = null) =>
        client.Http.PostAsJsonAsync($"{Tasks}/{taskId}/submit", place ?? new { });
}
