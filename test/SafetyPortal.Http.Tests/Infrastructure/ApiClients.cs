using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace SafetyPortal.Http.Tests.Infrastructure;

/// <summary>API clients as an outside program is one: POST /api/account/login, then the bearer token on every call, no cookies.</summary>
public static class ApiClients
{
    public const string Login = "/api/account/login";

    public static HttpClient CreateApiClient(this PortalFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public static Task<HttpResponseMessage> LoginAsync(this HttpClient client, string? town, string userName, string password = PortalClient.DemoPassword, string? twoFactorCode = null) =>
        client.PostAsJsonAsync(Login, new { tenant = town ?? "", userName, password, twoFactorCode });

    /// <summary>A client that carries the bearer token of this account.</summary>
    public static async Task<HttpClient> TokenClientAsync(this PortalFactory factory, string? town, string userName, string password = PortalClient.DemoPassword)
    {
        var client = factory.CreateApiClient();
        var response = await client.LoginAsync(town, userName, password);
        Assert.True(response.StatusCode == HttpStatusCode.OK,
            $"Token login as {userName}@{town ?? "bureau"} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        var token = await response.Content.ReadFromJsonAsync<AccessTokenDocument>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        return client;
    }
}
