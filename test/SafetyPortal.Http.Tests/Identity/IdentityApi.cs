using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Identity;

/// <summary>Shortcuts the identity tests share: new users and roles made through the public API, unique per test.</summary>
public static class IdentityApi
{
    public const string Users = "/api/identity/users";
    public const string Roles = "/api/identity/roles";
    public const string Permissions = "/api/identity/permissions";
    public const string StrongPassword = "Xy7!abcd";

    private static int _phoneSequence = Random.Shared.Next(0, 9_000_000);

    /// <summary>A list of names for a request body.</summary>
    public static string[] Names(params string[] names) => names;

    public static string NewName(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 8)];

    /// <summary>A fresh mainland mobile number, unique within the test run.</summary>
    public static string NewPhone() =>
        "139" + Interlocked.Increment(ref _phoneSequence).ToString("D8", CultureInfo.InvariantCulture);

    public static async Task<UserDocument> CreateUserAsync(
        this HttpClient admin, string userName, string password = StrongPassword, string? phone = null, params string[] roles)
    {
        var response = await admin.PostAsJsonAsync(Users, new { userName, displayName = $"用户{userName}", phoneNumber = phone, password, roleNames = roles });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Creating {userName} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<UserDocument>())!;
    }

    public static async Task<RoleDocument> CreateRoleAsync(this HttpClient admin, string name)
    {
        var response = await admin.PostAsJsonAsync(Roles, new { name });
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"Creating role {name} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<RoleDocument>())!;
    }

    public static Task<HttpResponseMessage> GrantAsync(this HttpClient admin, string provider, string key, string[] granted, string[]? denied = null) =>
        admin.PutAsJsonAsync($"{Permissions}?providerName={provider}&providerKey={Uri.EscapeDataString(key)}", new { granted, denied });

    public static Task<PermissionTreeDocument?> TreeAsync(this HttpClient admin, string provider, string key) =>
        admin.GetFromJsonAsync<PermissionTreeDocument>($"{Permissions}?providerName={provider}&providerKey={Uri.EscapeDataString(key)}");
}
