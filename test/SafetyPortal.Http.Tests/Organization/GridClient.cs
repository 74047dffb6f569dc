using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Organization;

/// <summary>Calls of the grid API the tests share.</summary>
internal static class GridClient
{
    public const string Grids = "/api/organization/grids";

    /// <summary>A name no other test uses.</summary>
    public static string NewGridName() => "测试网格" + Guid.NewGuid().ToString("N")[..6];

    public static async Task<GridDocument> GridCreatedAsync(this PortalClient client, string? name = null)
    {
        var response = await client.Http.PostAsJsonAsync(Grids, new { name = name ?? NewGridName() });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<GridDocument>())!;
    }

    public static Task<HttpResponseMessage> PutInAsync(this PortalClient client, Guid gridId, params Guid[] enterpriseIds) =>
        client.Http.PostAsJsonAsync($"{Grids}/{gridId}/enterprises", new { enterpriseIds });

    public static Task<HttpResponseMessage> TakeOutAsync(this PortalClient client, Guid gridId, params Guid[] enterpriseIds) =>
        client.Http.PostAsJsonAsync($"{Grids}/{gridId}/enterprises/remove", new { enterpriseIds });

    public static Task<HttpResponseMessage> SetOfficerAsync(this PortalClient client, Guid gridId, Guid? officerId) =>
        client.Http.PutAsJsonAsync($"{Grids}/{gridId}/officer", new { officerId });

    public static async Task<EnterpriseDocument> EnterpriseNamedAsync(this PortalClient client, string name) =>
        (await client.GetJsonAsync<PagedDocument<EnterpriseDocument>>($"/api/organization/enterprises?search={Uri.EscapeDataString(name)}"))!.Items.Single();
}
