using System.Net;
using System.Text.RegularExpressions;
using SafetyPortal.Http.Tests.Infrastructure;
using SkiaSharp;
using static SafetyPortal.Http.Tests.Inspections.HazardClient;
using static SafetyPortal.Http.Tests.Inspections.WorkOrderClient;

namespace SafetyPortal.Http.Tests.Inspections;

/// <summary>工单 pages: the enterprise's own work orders, the push form, a campaign's completion, answering on the order page.</summary>
public abstract class WorkOrderPagesTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private const string Page = "/Inspections/WorkOrders";
    private const string PushPage = "/Inspections/WorkOrders/Push";

    [Fact]
    public async Task The_manager_finds_a_work_order_pushed_to_their_enterprise_among_their_own_to_answer()
    {
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");
        var title = "消防通道每日检查 " + Guid.NewGuid().ToString("N")[..6];
        var campaign = await inspector.PushedAsync(new
        {
            title, measure = "每日检查消防通道畅通", frequency = "Daily", firstDay = Today, lastDay = Today.AddDays(3),
            enterpriseIds = new[] { await manager.EnterpriseOfAsync() },
        });
        var order = Assert.Single(await inspector.OrdersAsync(campaign.Id));

        var index = await manager.Http.GetStringAsync(Page);

        var card = Regex.Match(index, $"data-order-id=\"{order.Id}\"(.*?)</a>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains(title, card, StringComparison.Ordinal);
        Assert.Contains("每日", card, StringComparison.Ordinal);
        Assert.Contains("待回复", card, StringComparison.Ordinal);
        Assert.Contains($"今日 {Today:yyyy-MM-dd}", card, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Page}/Order/{order.Id}\"", card, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"push\"", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_campaign_page_counts_an_answer_and_filters_the_enterprises_by_it()
    {
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");
        var title = "专人专锁 " + Guid.NewGuid().ToString("N")[..6];
        var campaign = await inspector.PushedAsync(new
        {
            title, measure = "有限空间出入口上锁", frequency = "Once", firstDay = Today, lastDay = Today.AddDays(7),
            enterpriseIds = new[] { await manager.EnterpriseOfAsync() },
        });
        var order = Assert.Single(await inspector.OrdersAsync(campaign.Id));
        Assert.Equal(HttpStatusCode.Created, (await manager.AnswerWorkOrderAsync(order.Id, 1)).StatusCode);

        var page = await inspector.Http.GetStringAsync($"{Page}/Campaign/{campaign.Id}");
        var unanswered = await inspector.Http.GetStringAsync($"{Page}/Campaign/{campaign.Id}?answered=false");
        var index = await inspector.Http.GetStringAsync($"{Page}?search={Uri.EscapeDataString(title)}");

        Assert.Contains("<span data-testid=\"overall-counts\">1/1</span>", page, StringComparison.Ordinal);
        Assert.Contains("100.0%", page, StringComparison.Ordinal);
        Assert.Contains("城厢镇", Regex.Match(page, "data-testid=\"towns\"(.*?)</table>", RegexOptions.Singleline).Groups[1].Value, StringComparison.Ordinal);
        var row = Regex.Match(page, $"<tr data-order-id=\"{order.Id}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains($"href=\"{Page}/Order/{order.Id}\"", row, StringComparison.Ordinal);
        Assert.Contains("已回复", row, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"orders-empty\"", unanswered, StringComparison.Ordinal);
        var listed = Regex.Match(index, $"<tr data-campaign-id=\"{campaign.Id}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains($"href=\"{Page}/Campaign/{campaign.Id}\"", listed, StringComparison.Ordinal);
        Assert.Contains("<span data-testid=\"counts\">1/1</span>", listed, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"push\"", index, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_manager_answers_on_the_order_page_with_a_photo_and_the_town_inspector_gets_no_answer_form()
    {
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");
        var campaign = await inspector.PushedAsync(new
        {
            title = "粉尘清扫", measure = "清扫作业区积尘", frequency = "Weekly", firstDay = Today, lastDay = Today.AddDays(14),
            enterpriseIds = new[] { await manager.EnterpriseOfAsync() },
        });
        var order = Assert.Single(await inspector.OrdersAsync(campaign.Id));
        var orderPage = $"{Page}/Order/{order.Id}";

        var form = await manager.Http.GetStringAsync(orderPage);
        var overseen = await inspector.Http.GetStringAsync(orderPage);
        var noPhoto = await PostAnswerAsync(manager, orderPage, null);
        var answered = await PostAnswerAsync(manager, orderPage, ("现场.jpg", Jpeg(SKColors.SteelBlue)));

        Assert.Contains("id=\"answer-form\"", form, StringComparison.Ordinal);
        Assert.Contains("capture=\"environment\"", form, StringComparison.Ordinal);
        Assert.Contains("/_content/SafetyPortal.Inspections/work-order-place.js", form, StringComparison.Ordinal);
        Assert.Contains("清扫作业区积尘", overseen, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"answer-form\"", overseen, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, noPhoto.StatusCode);
        Assert.Contains("data-testid=\"files-error\">请选择要上传的照片。<", await noPhoto.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var shown = await manager.Http.GetStringAsync(answered.Headers.Location!.OriginalString);
        Assert.Contains("data-testid=\"replied\"", shown, StringComparison.Ordinal);
        Assert.Contains("/thumbnail", Regex.Match(shown, "data-testid=\"answer-photos\"(.*?)</section>", RegexOptions.Singleline).Groups[1].Value, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"answer-form\"", shown, StringComparison.Ordinal);
        Assert.Contains("<span data-testid=\"overall-counts\">1/1</span>", await inspector.Http.GetStringAsync($"{Page}/Campaign/{campaign.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_campaign_pushed_on_the_form_to_confined_spaces_opens_on_its_page_with_how_many_it_reached()
    {
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        var title = "有限空间作业审批 " + Guid.NewGuid().ToString("N")[..6];

        var pushed = await PostPushAsync(inspector, new()
        {
            ["Input.Title"] = title, ["Input.Measure"] = "作业前审批，通风检测", ["Input.Frequency"] = "Weekly",
            ["Input.FirstDay"] = Day(Today), ["Input.LastDay"] = Day(Today.AddDays(20)),
            ["Input.MinPhotos"] = "2", ["Input.RequirePlace"] = "true", ["Input.Sites"] = "ConfinedSpace",
        });

        Assert.Equal(HttpStatusCode.Redirect, pushed.StatusCode);
        var location = pushed.Headers.Location!.OriginalString;
        var id = Guid.Parse(Regex.Match(location, $"^{Page}/Campaign/([0-9a-f-]{{36}})\\?pushed=(\\d+)$").Groups[1].Value);
        var campaign = (await inspector.GetJsonAsync<WorkOrderCampaignDocument>($"{WorkOrders}/campaigns/{id}"))!;
        Assert.Equal((title, "Weekly", 2, true), (campaign.Title, campaign.Frequency, campaign.MinPhotos, campaign.RequirePlace));
        Assert.True(campaign.Target > 0);
        var page = await inspector.Http.GetStringAsync(location);
        Assert.Contains($"已下发给 {campaign.Target} 家企业。", page, StringComparison.Ordinal);
        Assert.Contains(title, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_campaign_pushed_on_the_form_to_a_saved_screening_reaches_what_the_screening_finds()
    {
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        var name = "有限空间企业 " + Guid.NewGuid().ToString("N")[..6];
        var savedId = await inspector.SavedScreeningAsync(name, KeySites("ConfinedSpace"));
        Assert.Contains($"<option value=\"{savedId}\">{name}", await inspector.Http.GetStringAsync(PushPage), StringComparison.Ordinal);

        var pushed = await PostPushAsync(inspector, new()
        {
            ["Input.Title"] = "有限空间专人专锁", ["Input.Measure"] = "出入口上锁，拍摄上锁照片", ["Input.Frequency"] = "Once",
            ["Input.FirstDay"] = Day(Today), ["Input.LastDay"] = Day(Today.AddDays(6)), ["Input.MinPhotos"] = "1",
            ["Input.SavedScreeningId"] = savedId.ToString(), ["Input.Sites"] = "CombustibleDust",
        });

        Assert.Equal(HttpStatusCode.Redirect, pushed.StatusCode);
        var id = Guid.Parse(Regex.Match(pushed.Headers.Location!.OriginalString, "Campaign/([0-9a-f-]{36})").Groups[1].Value);
        var names = (await inspector.OrdersAsync(id)).Select(o => o.EnterpriseName).Order(StringComparer.Ordinal);
        Assert.Equal(["城厢精密机械有限公司", "城厢食品加工有限公司"], names);
    }

    [Fact]
    public async Task A_push_without_a_title_or_without_enterprises_shows_the_error_next_to_the_field_and_pushes_nothing()
    {
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        var before = (await inspector.GetJsonAsync<PagedDocument<WorkOrderCampaignDocument>>($"{WorkOrders}/campaigns"))!.TotalCount;
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = " ", ["Input.Measure"] = "每日检查", ["Input.Frequency"] = "Daily",
            ["Input.FirstDay"] = Day(Today), ["Input.LastDay"] = Day(Today), ["Input.MinPhotos"] = "1",
            ["Input.Sites"] = "CombustibleDust",
        };

        var untitled = await PostPushAsync(inspector, fields);
        fields["Input.Title"] = "无对象";
        fields.Remove("Input.Sites");
        var nobody = await PostPushAsync(inspector, fields);

        Assert.Equal(HttpStatusCode.OK, untitled.StatusCode);
        var untitledForm = await untitled.Content.ReadAsStringAsync();
        Assert.Matches("data-valmsg-for=\"Input.Title\"[^>]*>请填写标题（不超过 100 个字）。</span>", untitledForm);
        Assert.Contains("每日检查</textarea>", untitledForm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, nobody.StatusCode);
        Assert.Contains("<div class=\"text-danger small\" data-testid=\"enterprises-error\">请用筛选条件选择企业，或列出企业。</div>",
            await nobody.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, (await inspector.GetJsonAsync<PagedDocument<WorkOrderCampaignDocument>>($"{WorkOrders}/campaigns"))!.TotalCount);
    }

    [Fact]
    public async Task The_push_page_is_only_for_those_who_push()
    {
        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");

        var response = await manager.Http.GetAsync(PushPage);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<HttpResponseMessage> PostAnswerAsync(PortalClient client, string page, (string Name, byte[] Content)? photo)
    {
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(await client.GetAntiforgeryTokenAsync(page)), "__RequestVerificationToken");
        form.Add(new StringContent("已检查"), "Answer.Note");
        if (photo is { } file)
        {
            var part = new ByteArrayContent(file.Content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/jpeg");
            form.Add(part, "files", file.Name);
        }
        return await client.Http.PostAsync(page, form);
    }

    private static async Task<HttpResponseMessage> PostPushAsync(PortalClient client, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await client.GetAntiforgeryTokenAsync(PushPage);
        return await client.Http.PostAsync(PushPage, new FormUrlEncodedContent(fields));
    }
}

public sealed class WorkOrderPagesTestsOnSqlite(SqlitePortalFactory factory) : WorkOrderPagesTests<SqlitePortalFactory>(factory);

public sealed class WorkOrderPagesTestsOnMariaDb(MariaDbPortalFactory factory) : WorkOrderPagesTests<MariaDbPortalFactory>(factory);
