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
/// <summary>Failed sign-ins, masked phone numbers, who reads which entries, the filters, the page and the API description.</summary>
public abstract partial class AuditLogTests<TFactory>
{
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
            using var visitor = Factory.CreatePortalClient();
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

        await using var scope = Factory.Services.CreateAsyncScope();
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
        using var inspector = await Factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.Http.GetAsync(Api)).StatusCode);
        var page = await inspector.Http.GetAsync("/AuditLogging/AuditLogs");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Status/403", page.Headers.Location!.PathAndQuery);
        Assert.DoesNotContain("href=\"/AuditLogging/AuditLogs\"", await inspector.Http.GetStringAsync("/"));
    }

    [Fact]
    public async Task The_audit_log_api_is_listed_in_the_OpenAPI_document_with_its_filters()
    {
        using var client = Factory.CreatePortalClient();
        var document = await client.Http.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/audit-logs", document);
        Assert.Contains("/api/audit-logs/{id}", document);
        Assert.Contains("\"HasError\"", document);
        Assert.Contains("\"EntityType\"", document);
    }
}
