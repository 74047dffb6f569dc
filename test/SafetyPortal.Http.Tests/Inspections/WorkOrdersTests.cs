using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Http.Tests.Notifications;
using static SafetyPortal.Http.Tests.Inspections.HazardClient;
using static SafetyPortal.Http.Tests.Inspections.WorkOrderClient;

namespace SafetyPortal.Http.Tests.Inspections;

/// <summary>Work orders (工单): campaigns pushed to the enterprises a screening chose, answered with photos, reminded, counted.</summary>
public abstract class WorkOrdersTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    [Fact]
    public async Task A_town_campaign_reaches_the_enterprises_its_screening_chose_and_tells_their_safety_staff()
    {
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");
        var title = "有限空间专人专锁 " + Guid.NewGuid().ToString("N")[..6];

        var campaign = await inspector.PushedAsync(new
        {
            title, measure = "有限空间出入口上锁，专人管理钥匙，拍摄上锁照片", frequency = "Weekly", firstDay = Today, lastDay = Today.AddDays(28),
            conditions = new[] { KeySites("ConfinedSpace") },
        });

        Assert.Equal(2, campaign.Target);
        Assert.Equal(0, campaign.Answered);
        Assert.Equal(0m, campaign.AnsweredRate);
        var names = (await inspector.OrdersAsync(campaign.Id)).Select(o => o.EnterpriseName).Order(StringComparer.Ordinal);
        Assert.Equal(["城厢精密机械有限公司", "城厢食品加工有限公司"], names);
        var mine = Assert.Single((await manager.GetJsonAsync<List<WorkOrderDocument>>($"{WorkOrders}/mine"))!, o => o.CampaignId == campaign.Id);
        Assert.False(mine.Answered);
        Assert.Contains(await manager.NoticesAsync("kind=Inspections.WorkOrder"), n => n.Title.Contains(title, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_saved_screening_another_town_saved_or_given_with_conditions_is_refused_naming_it_and_pushes_nothing()
    {
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        using var shaxi = await factory.CreatePortalClient().SignedInAsync("shaxi", "inspector");
        var own = await inspector.SavedScreeningAsync("粉尘涉爆 " + Guid.NewGuid().ToString("N")[..6], KeySites("CombustibleDust"));
        var theirs = await shaxi.SavedScreeningAsync("沙溪有限空间", KeySites("ConfinedSpace"));
        var before = (await inspector.GetJsonAsync<PagedDocument<WorkOrderCampaignDocument>>($"{WorkOrders}/campaigns"))!.TotalCount;
        object Push(Guid saved, object[]? conditions = null) => new
        {
            title = "粉尘清扫", measure = "每日清扫", frequency = "Daily", firstDay = Today, lastDay = Today.AddDays(3), savedScreeningId = saved, conditions,
        };

        var foreign = await RefusedAsync(await inspector.Http.PostAsJsonAsync($"{WorkOrders}/campaigns", Push(theirs)));
        var both = await RefusedAsync(await inspector.Http.PostAsJsonAsync($"{WorkOrders}/campaigns", Push(own, [KeySites("ConfinedSpace")])));

        Assert.Equal("没有这个已保存的研判，或您无权使用。", Assert.Single(foreign.Errors!["savedScreeningId"]));
        Assert.Contains("savedScreeningId", both.Errors!.Keys);
        Assert.Equal(before, (await inspector.GetJsonAsync<PagedDocument<WorkOrderCampaignDocument>>($"{WorkOrders}/campaigns"))!.TotalCount);
    }

    [Fact]
    public async Task An_enterprise_answers_with_its_photos_and_place_once_a_day_and_the_dashboard_counts_it()
    {
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");
        var enterpriseId = await manager.EnterpriseOfAsync();
        var campaign = await inspector.PushedAsync(new
        {
            title = "粉尘每日清扫", measure = "每日清扫除尘系统和作业区积尘，拍摄清扫后照片", frequency = "Daily", firstDay = Today, lastDay = Today.AddDays(10),
            minPhotos = 2, requirePlace = true, enterpriseIds = new[] { enterpriseId },
        });
        var order = Assert.Single(await inspector.OrdersAsync(campaign.Id));

        var onePhoto = await RefusedAsync(await manager.AnswerWorkOrderAsync(order.Id, 1, "22.54", "113.95"));
        Assert.Equal("files", Assert.Single(onePhoto.Errors!).Key);
        var noPlace = await RefusedAsync(await manager.AnswerWorkOrderAsync(order.Id, 2));
        Assert.Equal("latitude", Assert.Single(noPlace.Errors!).Key);
        var first = await manager.AnswerWorkOrderAsync(order.Id, 2, "22.543100", "113.946800", "已清扫");
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var answer = await AnswerOf(first);
        var again = await manager.AnswerWorkOrderAsync(order.Id, 2, "22.543100", "113.946800", "已清扫");

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(answer.Id, (await AnswerOf(again)).Id);
        Assert.Equal(2, answer.Photos.Count);
        Assert.Equal((Today, 22.5431m), (answer.Period, answer.Latitude!.Value));
        Assert.Equal(HttpStatusCode.OK, (await inspector.Http.GetAsync(answer.Photos[0].ThumbnailUrl)).StatusCode);
        var dashboard = (await inspector.GetJsonAsync<WorkOrderDashboardDocument>($"{WorkOrders}/campaigns/{campaign.Id}/dashboard"))!;
        Assert.Equal((1, 1, 100m), (dashboard.Target, dashboard.Answered, dashboard.Rate!.Value));
        Assert.Equal(1, Assert.Single(dashboard.Towns).Answered);
        Assert.Equal(1, Assert.Single(await inspector.OrdersAsync(campaign.Id, "answered=true")).AnswerCount);
        Assert.Empty(await inspector.OrdersAsync(campaign.Id, "answered=false"));
    }

    [Fact]
    public async Task An_answer_before_the_campaign_starts_or_by_town_staff_is_refused()
    {
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");
        var campaign = await inspector.PushedAsync(new
        {
            title = "下周起每日检查", measure = "每日检查", frequency = "Daily", firstDay = Today.AddDays(3), lastDay = Today.AddDays(10),
            enterpriseIds = new[] { await manager.EnterpriseOfAsync() },
        });
        var order = Assert.Single(await inspector.OrdersAsync(campaign.Id));

        var early = await RefusedAsync(await manager.AnswerWorkOrderAsync(order.Id, 1));
        Assert.Equal("period", Assert.Single(early.Errors!).Key);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.AnswerWorkOrderAsync(order.Id, 1)).StatusCode);
        Assert.Equal(0, (await manager.GetJsonAsync<WorkOrderDetailDocument>($"{WorkOrders}/{order.Id}"))!.Order.AnswerCount);
    }

    [Fact]
    public async Task A_campaign_missing_its_fields_or_its_enterprises_is_refused_naming_each_and_pushes_nothing()
    {
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        var before = (await inspector.GetJsonAsync<PagedDocument<WorkOrderCampaignDocument>>($"{WorkOrders}/campaigns"))!.TotalCount;

        var empty = await RefusedAsync(await inspector.Http.PostAsJsonAsync($"{WorkOrders}/campaigns", new { minPhotos = 12, lastDay = Today.AddDays(-1) }));
        Assert.Equal(["firstDay", "frequency", "lastDay", "measure", "minPhotos", "title"], empty.Errors!.Keys.Order(StringComparer.Ordinal));
        var nobody = await RefusedAsync(await inspector.Http.PostAsJsonAsync($"{WorkOrders}/campaigns", new
        {
            title = "无对象", measure = "无", frequency = "Once", firstDay = Today, lastDay = Today,
        }));
        Assert.Equal("conditions", Assert.Single(nobody.Errors!).Key);
        var unknown = await RefusedAsync(await inspector.Http.PostAsJsonAsync($"{WorkOrders}/campaigns", new
        {
            title = "外镇企业", measure = "无", frequency = "Once", firstDay = Today, lastDay = Today, enterpriseIds = new[] { Guid.NewGuid() },
        }));
        Assert.Equal("enterpriseIds", Assert.Single(unknown.Errors!).Key);

        Assert.Equal(before, (await inspector.GetJsonAsync<PagedDocument<WorkOrderCampaignDocument>>($"{WorkOrders}/campaigns"))!.TotalCount);
    }

    [Fact]
    public async Task The_bureau_pushes_to_confined_spaces_in_every_town_and_sees_completion_per_town()
    {
        using var bureau = await factory.CreatePortalClient().SignedInAsync(null, "admin");
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");

        var campaign = await bureau.PushedAsync(new
        {
            title = "全市有限空间专人专锁", measure = "专人专锁", frequency = "Once", firstDay = Today, lastDay = Today.AddDays(14),
            conditions = new[] { KeySites("ConfinedSpace") },
        });
        var order = Assert.Single((await manager.GetJsonAsync<List<WorkOrderDocument>>($"{WorkOrders}/mine"))!, o => o.CampaignId == campaign.Id);
        Assert.Equal(HttpStatusCode.Created, (await manager.AnswerWorkOrderAsync(order.Id, 1)).StatusCode);

        var dashboard = (await bureau.GetJsonAsync<WorkOrderDashboardDocument>($"{WorkOrders}/campaigns/{campaign.Id}/dashboard"))!;
        Assert.True(dashboard.Towns.Count >= 2, "confined spaces in more than one town");
        Assert.Equal(campaign.Target, dashboard.Target);
        var chengxiang = Assert.Single(dashboard.Towns, t => t.TownId == order.TownId);
        Assert.Equal((2, 1, 50m), (chengxiang.Target, chengxiang.Answered, chengxiang.Rate!.Value));
        var townView = Assert.Single((await townadmin.GetJsonAsync<PagedDocument<WorkOrderCampaignDocument>>($"{WorkOrders}/campaigns?pageSize=200"))!.Items,
            c => c.Id == campaign.Id);
        Assert.Equal((2, 1), (townView.Target, townView.Answered));
    }

    [Fact]
    public async Task Unanswered_work_orders_remind_the_enterprise_and_a_second_missed_day_reaches_the_town_inspectors()
    {
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");
        using var bureau = await factory.CreatePortalClient().SignedInAsync(null, "admin");
        var title = "每日巡检 " + Guid.NewGuid().ToString("N")[..6];
        await inspector.PushedAsync(new
        {
            title, measure = "每日巡检并拍照", frequency = "Daily", firstDay = Today.AddDays(-1), lastDay = Today.AddDays(5),
            enterpriseIds = new[] { await manager.EnterpriseOfAsync() },
        });

        var run = await bureau.Http.PostAsync("/api/background-jobs/Inspections/WorkOrderRemindersJob/trigger", null);
        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);

        await Eventually.ReturnsAsync(async () => await manager.NoticesAsync("kind=Inspections.WorkOrderReminder"),
            notices => notices.Any(n => n.Title.Contains(title, StringComparison.Ordinal)), "the enterprise's reminder");
        var escalation = await Eventually.ReturnsAsync(
            async () => (await inspector.NoticesAsync("kind=Inspections.WorkOrderEscalation")).FirstOrDefault(n => n.Title.Contains(title, StringComparison.Ordinal)),
            n => n is not null, "the town's escalation");
        Assert.StartsWith("1 家企业", escalation!.Title, StringComparison.Ordinal);
    }
}
