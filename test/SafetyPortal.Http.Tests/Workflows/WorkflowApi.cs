using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Workflows;

/// <summary>Calls of the workflow API the runtime tests share.</summary>
internal static class WorkflowApi
{
    public static async Task<InstanceDocument> StartAsync(this PortalClient client, string processKey, string? businessKey, object? variables = null)
    {
        var response = await client.Http.PostAsJsonAsync("/api/workflows/instances", new { processKey, businessKey, variables });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<InstanceDocument>())!;
    }

    public static async Task<InstanceDetailDocument> InstanceAsync(this PortalClient client, Guid id) =>
        (await client.GetJsonAsync<InstanceDetailDocument>($"/api/workflows/instances/{id}"))!;

    public static async Task<List<TaskDocument>> TasksAsync(this PortalClient client, string scope, string? businessKey = null) =>
        (await client.GetJsonAsync<PagedDocument<TaskDocument>>($"/api/workflows/tasks?scope={scope}&businessKey={businessKey}&pageSize=200"))!.Items;

    public static async Task<HttpResponseMessage> CompleteAsync(this PortalClient client, Guid taskId, object? variables = null) =>
        await client.Http.PostAsJsonAsync($"/api/workflows/tasks/{taskId}/complete", new { variables });

    public static async Task CompletedAsync(this PortalClient client, Guid taskId, object? variables = null)
    {
        var response = await client.CompleteAsync(taskId, variables);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
