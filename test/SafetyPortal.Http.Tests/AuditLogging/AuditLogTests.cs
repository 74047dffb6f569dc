using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Platform.Auditing;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Http.Tests.AuditLogging;

/// <summary>
/// Every write leaves an audit entry (who, town, request, status, old → new values, personal data masked);
/// a town reads its own entries, the bureau every town's; reading leaves no entry.
/// </summary>
public abstract partial class AuditLogTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private const string Api = "/api/audit-logs";
    private const string Towns = "/api/organization/tenants";
    private const string TenantType = "SafetyPortal.Organization.Domain.Tenant";
    private static readonly string[] Phones = ["13912345678", "13787654321"];

    [Fact]
    public async Task Creating_a_town_is_logged_with_the_bureau_admin_the_request_201_and_the_new_values()
    {
        using var bureau = await BureauAsync();
        var code = NewCode();
        TenantDocument? town = null;
        var entry = Assert.Single(await EntriesOfAsync(bureau, async () =>
        {
            var response = await bureau.Http.PostAsJsonAsync(Towns, new { code, name = $"审计{code}" });
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            town = await response.Content.ReadFromJsonAsync<TenantDocument>();
        }));

        Assert.Equal("admin", entry.UserName);
        Assert.NotNull(entry.UserId);
        Assert.Null(entry.TenantName);
        Assert.Equal(("POST", Towns, 201), (entry.HttpMethod, entry.Url, entry.HttpStatusCode));
        Assert.False(entry.Failed);
        Assert.Null(entry.ExceptionMessage);
        Assert.Equal(DateTimeKind.Utc, entry.ExecutionTime.Kind);
        Assert.InRange(entry.ExecutionTime, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));
        var change = entry.ChangeOf(town!.Id);
        Assert.Equal(("Created", TenantType), (change.ChangeType, change.EntityTypeFullName));
        Assert.Equal((null, code), (change.Property("Code").OriginalValue, change.Property("Code").NewValue));
        Assert.Equal($"审计{code}", change.Property("Name").NewValue);
        Assert.Equal("true", change.Property("IsActive").NewValue);
        Assert.DoesNotContain(change.PropertyChanges, p => p.PropertyName == "ConcurrencyStamp");
    }

    [Fact]
    public async Task A_refused_create_is_logged_as_failed_with_its_400_and_the_fields_refused()
    {
        using var bureau = await BureauAsync();
        var entry = Assert.Single(await EntriesOfAsync(bureau, async () =>
        {
            var response = await bureau.Http.PostAsJsonAsync(Towns, new { code = "Bad Code!", name = "" });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }));

        Assert.Equal(("POST", Towns, 400), (entry.HttpMethod, entry.Url, entry.HttpStatusCode));
        Assert.True(entry.Failed);
        Assert.True(entry.HasException);
        Assert.Contains("ValidationException", entry.ExceptionMessage);
        Assert.Contains("Code:", entry.ExceptionMessage);
        Assert.Empty(entry.EntityChanges);
    }

    [Fact]
    public async Task Editing_a_town_records_the_old_and_the_new_name()
    {
        using var bureau = await BureauAsync();
        var code = NewCode();
        var town = await (await bureau.Http.PostAsJsonAsync(Towns, new { code, name = $"旧名{code}" })).Content.ReadFromJsonAsync<TenantDocument>();

        var entry = Assert.Single(await EntriesOfAsync(bureau, async () =>
        {
            var edited = await bureau.Http.PutAsJsonAsync($"{Towns}/{town!.Id}", new { code, name = $"新名{code}", town.ConcurrencyStamp });
            Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        }));

        Assert.Equal(("PUT", $"{Towns}/{town!.Id}", 200), (entry.HttpMethod, entry.Url, entry.HttpStatusCode));
        var change = entry.ChangeOf(town.Id);
        Assert.Equal("Updated", change.ChangeType);
        Assert.Equal(($"旧名{code}", $"新名{code}"), (change.Property("Name").OriginalValue, change.Property("Name").NewValue));
        Assert.DoesNotContain(change.PropertyChanges, p => p.PropertyName is "Code" or "IsActive" or "ConcurrencyStamp");
    }

    [Fact]
    public async Task An_edit_refused_as_stale_is_logged_with_its_409_and_changes_nothing()
    {
        using var bureau = await BureauAsync();
        var code = NewCode();
        var town = await (await bureau.Http.PostAsJsonAsync(Towns, new { code, name = $"甲{code}" })).Content.ReadFromJsonAsync<TenantDocument>();
        await bureau.Http.PutAsJsonAsync($"{Towns}/{town!.Id}", new { code, name = $"乙{code}", town.ConcurrencyStamp });

        var entry = Assert.Single(await EntriesOfAsync(bureau, async () =>
        {
            var stale = await bureau.Http.PutAsJsonAsync($"{Towns}/{town.Id}", new { code, name = $"丙{code}", town.ConcurrencyStamp });
            Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        }));

        Assert.Equal(409, entry.HttpStatusCode);
        Assert.True(entry.Failed);
        Assert.Contains("DbUpdateConcurrencyException", entry.ExceptionMessage);
        Assert.Empty(entry.EntityChanges);
    }

    private PortalFactory Factory => factory;

    private Task<PortalClient> BureauAsync() => factory.CreatePortalClient().SignedInAsync(null, "admin");

    private Task<PortalClient> TownAdminAsync(string town) => factory.CreatePortalClient().SignedInAsync(town, "townadmin");

    private static string NewCode() => $"a{Guid.NewGuid():N}"[..12];

    private static string Instant(DateTimeOffset time) => Uri.EscapeDataString(time.ToString("O", CultureInfo.InvariantCulture));

    private static async Task<List<AuditLogDocument>> ListAsync(PortalClient reader, string query = "") =>
        (await reader.GetJsonAsync<PagedDocument<AuditLogDocument>>($"{Api}?pageSize=200&{query}"))!.Items;

    /// <summary>The entries that appeared in the reader's list while the action ran, newest first, with their changes.</summary>
    private static async Task<List<AuditLogDetailDocument>> EntriesOfAsync(PortalClient reader, Func<Task> action)
    {
        var before = (await ListAsync(reader)).Select(e => e.Id).ToHashSet();
        await action();
        var entries = new List<AuditLogDetailDocument>();
        foreach (var entry in (await ListAsync(reader)).Where(e => !before.Contains(e.Id)))
        {
            entries.Add((await reader.GetJsonAsync<AuditLogDetailDocument>($"{Api}/{entry.Id}"))!);
        }
        return entries;
    }

    private static async Task SwitchLanguageAsync(PortalClient client)
    {
        var token = await client.GetAntiforgeryTokenAsync("/");
        var response = await client.Http.PostAsync("/Culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "zh-CN",
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<int> CountStoredEntriesAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<AuditLog>().IgnoreQueryFilters().CountAsync();
    }

    private static void AssertAllMatch(List<AuditLogDocument> entries, Func<AuditLogDocument, bool> predicate)
    {
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.True(predicate(e), $"{e.HttpMethod} {e.Url} {e.HttpStatusCode} by {e.UserName} does not match"));
    }

    [GeneratedRegex("<time datetime=\"([^\"]+)\">([^<]+)</time>")]
    private static partial Regex TimePattern();
}
