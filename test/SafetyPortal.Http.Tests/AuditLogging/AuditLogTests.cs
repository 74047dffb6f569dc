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

    [Fact]
    public async Task A_town_admin_sees_only_the_own_town_and_the_bureau_sees_every_town()
    {
        using var bureau = await BureauAsync();
        using var chengxiang = await TownAdminAsync("chengxiang");
        using var shaxi = await TownAdminAsync("shaxi");
        var bureauEntry = Assert.Single(await EntriesOfAsync(bureau, () => bureau.Http.PostAsJsonAsync(Towns, new { code = NewCode(), name = $"市局{NewCode()}" })));
        var chengxiangEntry = Assert.Single(await EntriesOfAsync(bureau, () => SwitchLanguageAsync(chengxiang)));
        var shaxiEntry = Assert.Single(await EntriesOfAsync(bureau, () => SwitchLanguageAsync(shaxi)));
        Assert.Equal(("城厢镇", "townadmin", "/Culture", 302), (chengxiangEntry.TenantName, chengxiangEntry.UserName, chengxiangEntry.Url, chengxiangEntry.HttpStatusCode));
        Assert.Equal("沙溪镇", shaxiEntry.TenantName);

        var seenByChengxiang = await ListAsync(chengxiang);
        Assert.All(seenByChengxiang, e => Assert.Equal(("城厢镇", chengxiangEntry.TenantId), (e.TenantName, e.TenantId)));
        Assert.Contains(seenByChengxiang, e => e.Id == chengxiangEntry.Id);
        // Signing in to the town is the town's business too.
        Assert.Contains(seenByChengxiang, e => e.Url == "/Account/Login" && e.HttpStatusCode == 302);
        Assert.DoesNotContain(seenByChengxiang, e => e.Id == bureauEntry.Id || e.Id == shaxiEntry.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await chengxiang.Http.GetAsync($"{Api}/{bureauEntry.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await chengxiang.Http.GetAsync($"{Api}/{shaxiEntry.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await chengxiang.Http.GetAsync($"/AuditLogging/AuditLogs/{shaxiEntry.Id}")).StatusCode);

        var seenByBureau = await ListAsync(bureau);
        Assert.Contains(seenByBureau, e => e.Id == bureauEntry.Id && e.TenantName is null);
        Assert.Contains(seenByBureau, e => e.Id == chengxiangEntry.Id && e.TenantName == "城厢镇");
        Assert.Contains(seenByBureau, e => e.Id == shaxiEntry.Id && e.TenantName == "沙溪镇");
        Assert.Equal("沙溪镇", (await bureau.GetJsonAsync<AuditLogDetailDocument>($"{Api}/{shaxiEntry.Id}"))!.TenantName);
        var onlyShaxi = await ListAsync(bureau, $"town={Uri.EscapeDataString("沙溪")}");
        Assert.Contains(onlyShaxi, e => e.Id == shaxiEntry.Id);
        Assert.All(onlyShaxi, e => Assert.Equal("沙溪镇", e.TenantName));
    }

    [Fact]
    public async Task A_wrong_password_is_logged_in_the_town_with_the_failed_count_it_raised()
    {
        using var chengxiang = await TownAdminAsync("chengxiang");
        var entry = Assert.Single(await EntriesOfAsync(chengxiang, async () =>
        {
            using var visitor = factory.CreatePortalClient();
            await visitor.SignInAsync("chengxiang", "inspector", "not-the-password");
        }));

        Assert.Equal(("POST", "/Account/Login", "城厢镇"), (entry.HttpMethod, entry.Url, entry.TenantName));
        Assert.Null(entry.UserName);
        var user = Assert.Single(entry.EntityChanges, c => c.EntityTypeFullName == "SafetyPortal.Platform.Identity.PortalUser");
        var failedCount = user.Property("AccessFailedCount");
        Assert.Equal(int.Parse(failedCount.OriginalValue!, CultureInfo.InvariantCulture) + 1, int.Parse(failedCount.NewValue!, CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Phone_numbers_are_stored_masked_in_the_changes_and_in_the_url()
    {
        using var chengxiang = await TownAdminAsync("chengxiang");
        var entries = await EntriesOfAsync(chengxiang, async () =>
        {
            foreach (var phone in Phones)
            {
                var response = await chengxiang.Http.PostAsync($"{PhoneNumberTestPath.Path}?user=inspector&phone={phone}", null);
                Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            }
        });

        Assert.Equal(2, entries.Count);
        var latest = entries[0];
        Assert.Equal(("城厢镇", "townadmin", 204), (latest.TenantName, latest.UserName, latest.HttpStatusCode));
        Assert.EndsWith("phone=137****4321", latest.Url);
        var user = Assert.Single(latest.EntityChanges, c => c.EntityTypeFullName == "SafetyPortal.Platform.Identity.PortalUser");
        Assert.Equal("Updated", user.ChangeType);
        Assert.Equal(("139****5678", "137****4321"), (user.Property("PhoneNumber").OriginalValue, user.Property("PhoneNumber").NewValue));
        Assert.DoesNotContain(user.PropertyChanges, p => p.PropertyName is "SecurityStamp" or "ConcurrencyStamp" or "PasswordHash");

        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var storedPhones = await db.Set<EntityPropertyChange>().IgnoreQueryFilters().Where(p => p.PropertyName == "PhoneNumber")
            .Select(p => new { p.OriginalValue, p.NewValue }).ToListAsync();
        Assert.NotEmpty(storedPhones);
        var stored = storedPhones.SelectMany(p => new[] { p.OriginalValue, p.NewValue }).OfType<string>()
            .Concat(await db.Set<AuditLog>().IgnoreQueryFilters().Select(a => a.Url).ToListAsync());
        Assert.DoesNotContain(stored, text => Phones.Any(phone => text.Contains(phone, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Reading_pages_and_lists_leaves_no_entry()
    {
        using var bureau = await BureauAsync();
        var before = await CountStoredEntriesAsync();
        foreach (var url in new[] { "/", Api, Towns, $"{Towns}?search=x", "/AuditLogging/AuditLogs", "/Organization/Tenants", "/health/ready" })
        {
            Assert.Equal(HttpStatusCode.OK, (await bureau.Http.GetAsync(url)).StatusCode);
        }
        Assert.Equal(before, await CountStoredEntriesAsync());
    }

    [Fact]
    public async Task Filters_narrow_the_list_by_method_result_status_entity_user_and_time()
    {
        using var bureau = await BureauAsync();
        await bureau.Http.PostAsJsonAsync(Towns, new { code = NewCode(), name = $"筛选{NewCode()}" });
        await bureau.Http.PostAsJsonAsync(Towns, new { code = "Bad Code!", name = "" });

        AssertAllMatch(await ListAsync(bureau, "httpMethod=post"), e => e.HttpMethod == "POST");
        AssertAllMatch(await ListAsync(bureau, "hasError=true"), e => e.Failed);
        AssertAllMatch(await ListAsync(bureau, "hasError=false"), e => !e.Failed);
        AssertAllMatch(await ListAsync(bureau, "statusCode=400"), e => e.HttpStatusCode == 400);
        AssertAllMatch(await ListAsync(bureau, "entityType=organization.domain.TENANT"), e => e.EntityChangeCount > 0 && e.Url.StartsWith(Towns, StringComparison.Ordinal));
        AssertAllMatch(await ListAsync(bureau, "userName=ADM"), e => e.UserName!.Contains("admin", StringComparison.OrdinalIgnoreCase));
        AssertAllMatch(await ListAsync(bureau, $"url={Uri.EscapeDataString("organization/tenants")}"), e => e.Url.Contains("organization/tenants", StringComparison.Ordinal));
        var now = DateTimeOffset.UtcNow;
        AssertAllMatch(await ListAsync(bureau, $"from={Instant(now.AddMinutes(-10))}&to={Instant(now.AddMinutes(1))}"), e => e.ExecutionTime >= now.AddMinutes(-10).UtcDateTime);
        Assert.Empty(await ListAsync(bureau, $"from={Instant(now.AddHours(1))}"));
        Assert.Empty(await ListAsync(bureau, $"to={Instant(now.AddDays(-1))}"));
        Assert.Empty(await ListAsync(bureau, "url=no-such-request"));
    }

    [Fact]
    public async Task The_audit_page_shows_the_entries_in_Chinese_with_the_town_for_the_bureau()
    {
        using var bureau = await BureauAsync();
        using var chengxiang = await TownAdminAsync("chengxiang");
        await SwitchLanguageAsync(chengxiang);
        await bureau.Http.PostAsJsonAsync(Towns, new { code = "Bad Code!", name = "" });
        var code = NewCode();
        var created = Assert.Single(await EntriesOfAsync(bureau, () => bureau.Http.PostAsJsonAsync(Towns, new { code, name = $"页面{code}" })));

        var html = await bureau.Http.GetStringAsync("/AuditLogging/AuditLogs");
        Assert.Contains(">审计日志</h1>", html);
        Assert.Contains("data-testid=\"town-column\"", html);
        Assert.Contains("城厢镇", html);
        Assert.Contains("<code>/api/organization/tenants</code>", html);
        Assert.Contains("data-testid=\"failed\"", html);
        Assert.Contains("失败 400", html);
        Assert.Contains("data-testid=\"pager-summary\"", html);
        // Times show in China time; the datetime attribute keeps the UTC instant.
        var time = TimePattern().Match(html);
        Assert.True(time.Success, "no <time> in the list");
        var utc = DateTime.Parse(time.Groups[1].Value, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
        Assert.Equal(TimeZoneInfo.ConvertTimeFromUtc(utc, LocalTimeTagHelper.ChinaTime).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), time.Groups[2].Value);

        var detail = await bureau.Http.GetStringAsync($"/AuditLogging/AuditLogs/{created.Id}");
        Assert.Contains("审计日志详情", detail);
        Assert.Contains("新增", detail);
        Assert.Contains("<code>Code</code>", detail);
        Assert.Contains(code, detail);

        Assert.Contains("没有符合条件的审计日志。", await bureau.Http.GetStringAsync("/AuditLogging/AuditLogs?url=no-such-request"));
        Assert.Contains("href=\"/AuditLogging/AuditLogs\"", await bureau.Http.GetStringAsync("/"));

        var townHtml = await chengxiang.Http.GetStringAsync("/AuditLogging/AuditLogs");
        Assert.DoesNotContain("data-testid=\"town-column\"", townHtml);
        Assert.Contains("<code>/Culture</code>", townHtml);
        Assert.DoesNotContain("<code>/api/organization/tenants</code>", townHtml);
    }

    [Fact]
    public async Task A_town_inspector_may_not_read_the_audit_log()
    {
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.Http.GetAsync(Api)).StatusCode);
        var page = await inspector.Http.GetAsync("/AuditLogging/AuditLogs");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Status/403", page.Headers.Location!.PathAndQuery);
        Assert.DoesNotContain("href=\"/AuditLogging/AuditLogs\"", await inspector.Http.GetStringAsync("/"));
    }

    [Fact]
    public async Task The_audit_log_api_is_listed_in_the_OpenAPI_document_with_its_filters()
    {
        using var client = factory.CreatePortalClient();
        var document = await client.Http.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/audit-logs", document);
        Assert.Contains("/api/audit-logs/{id}", document);
        Assert.Contains("\"HasError\"", document);
        Assert.Contains("\"EntityType\"", document);
    }

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
