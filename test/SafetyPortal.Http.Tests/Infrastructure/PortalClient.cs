using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace SafetyPortal.Http.Tests.Infrastructure;

/// <summary>An HttpClient that signs in through the real login form, antiforgery token and all.</summary>
public sealed partial class PortalClient(HttpClient http) : IDisposable
{
    public const string DemoPassword = "1q2w3E*";

    public HttpClient Http { get; } = http;

    /// <summary>Signs in on the login page; town is a tenant code, or null for the bureau.</summary>
    public async Task<HttpResponseMessage> SignInAsync(string? town, string userName, string password = DemoPassword)
    {
        var token = await GetAntiforgeryTokenAsync("/Account/Login");
        return await Http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Tenant"] = town ?? "",
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    public async Task<PortalClient> SignedInAsync(string? town, string userName)
    {
        var response = await SignInAsync(town, userName);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"Signing in as {userName}@{town ?? "bureau"} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return this;
    }

    public async Task<string> GetAntiforgeryTokenAsync(string page)
    {
        var html = await Http.GetStringAsync(page);
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, $"{page} has no antiforgery token");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    public Task<T?> GetJsonAsync<T>(string url) => Http.GetFromJsonAsync<T>(url);

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
