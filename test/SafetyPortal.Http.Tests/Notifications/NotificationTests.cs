using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Identity;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Platform.Notifications;
using SafetyPortal.Platform.Sms;
using static SafetyPortal.Http.Tests.Notifications.NotificationsApi;

namespace SafetyPortal.Http.Tests.Notifications;

/// <summary>The notification centre: what modules publish reaches exactly its recipients, with the unit of work that made it.</summary>
public abstract class NotificationTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    [Fact]
    public async Task A_published_notice_appears_in_the_recipients_list_and_unread_count_and_nobody_elses()
    {
        var (recipient, recipientId, _) = await factory.NewUserAsync();
        var (other, _, _) = await factory.NewUserAsync();
        using var _1 = recipient;
        using var _2 = other;
        var kind = NewKind();

        var published = await factory.PublishAsync("chengxiang",
            new NotificationRequest(kind, [recipientId, recipientId, Guid.NewGuid()], "隐患整改已到期", "HZ-1 请尽快整改", "/Workflows/Tasks"));

        Assert.Equal(1, published);
        var notice = Assert.Single(await recipient.NoticesAsync($"kind={kind}"));
        Assert.Equal(("隐患整改已到期", "HZ-1 请尽快整改", "/Workflows/Tasks"), (notice.Title, notice.Body, notice.Url));
        Assert.Null(notice.ReadTime);
        Assert.Equal(1, await recipient.UnreadAsync());
        Assert.Empty(await other.NoticesAsync());
        Assert.Equal(0, await other.UnreadAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await other.MarkReadAsync(notice.Id)).StatusCode);
        using var shaxi = await factory.CreatePortalClient().SignedInAsync("shaxi", "townadmin");
        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.MarkReadAsync(notice.Id)).StatusCode);
        Assert.Null(notice.ReadTime);
    }

    [Fact]
    public async Task Users_of_another_town_are_not_notified()
    {
        var (recipient, recipientId, _) = await factory.NewUserAsync();
        using var _1 = recipient;

        Assert.Equal(0, await factory.PublishAsync("shaxi", new NotificationRequest(NewKind(), [recipientId], "沙溪镇的通知")));

        Assert.Empty(await recipient.NoticesAsync());
    }

    [Fact]
    public async Task Marking_one_and_then_all_read_clears_the_unread_count()
    {
        var (recipient, recipientId, _) = await factory.NewUserAsync();
        using var _1 = recipient;
        var kind = NewKind();
        foreach (var title in new[] { "一", "二", "三" })
        {
            await factory.PublishAsync("chengxiang", new NotificationRequest(kind, [recipientId], title));
        }
        var first = (await recipient.NoticesAsync()).Single(n => n.Title == "二");

        var read = await (await recipient.MarkReadAsync(first.Id)).Content.ReadFromJsonAsync<NotificationDocument>();

        Assert.NotNull(read!.ReadTime);
        Assert.Equal(2, await recipient.UnreadAsync());
        Assert.Equal(["三", "一"], (await recipient.NoticesAsync("unreadOnly=true")).Select(n => n.Title));
        var all = await recipient.Http.PostAsync($"{Api}/read-all", null);
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
        Assert.Equal(0, await recipient.UnreadAsync());
        Assert.Empty(await recipient.NoticesAsync("unreadOnly=true"));
        Assert.Equal(3, (await recipient.NoticesAsync($"kind={kind}")).Count);
        Assert.Empty(await recipient.NoticesAsync("kind=Tests.none"));
    }

    [Fact]
    public async Task Deleting_old_notices_removes_read_ones_and_keeps_unread_ones()
    {
        var (recipient, recipientId, _) = await factory.NewUserAsync();
        using var _1 = recipient;
        var kind = NewKind();
        await factory.PublishAsync("chengxiang", new NotificationRequest(kind, [recipientId], "已读"));
        await factory.PublishAsync("chengxiang", new NotificationRequest(kind, [recipientId], "未读"));
        await recipient.MarkReadAsync((await recipient.NoticesAsync()).Single(n => n.Title == "已读").Id);

        Assert.Single(await recipient.NoticesAsync(), n => n.Title == "已读");
        var kept = await recipient.Http.DeleteAsync(Api); // older than 30 days by default: nothing yet
        Assert.Equal(HttpStatusCode.OK, kept.StatusCode);
        Assert.Equal(2, (await recipient.NoticesAsync()).Count);
        var deleted = await recipient.Http.DeleteAsync($"{Api}?olderThanDays=0");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
        Assert.Equal(["未读"], (await recipient.NoticesAsync()).Select(n => n.Title));

        var invalid = await recipient.Http.DeleteAsync($"{Api}?olderThanDays=-1");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains("olderThanDays", await invalid.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rolled_back_unit_of_work_publishes_nothing_and_texts_nobody()
    {
        var phone = IdentityApi.NewPhone();
        var (recipient, recipientId, _) = await factory.NewUserAsync(phone: phone);
        using var _1 = recipient;

        await factory.PublishAsync("chengxiang", new NotificationRequest(NewKind(), [recipientId], "回滚的通知", AlsoSms: true), rollBack: true);
        await factory.PublishAsync("chengxiang", new NotificationRequest(NewKind(), [recipientId], "保存的通知", AlsoSms: true));

        Assert.Equal(["保存的通知"], (await recipient.NoticesAsync()).Select(n => n.Title));
        await Eventually.ReturnsAsync(() => Task.FromResult(factory.Sms.To(phone)), m => m.Count > 0, "the saved notice's text message");
        var message = Assert.Single(factory.Sms.To(phone));
        Assert.Equal("保存的通知", message.Parameters["title"]);
    }

    [Fact]
    public async Task Also_sms_texts_recipients_with_a_mobile_number()
    {
        var phone = IdentityApi.NewPhone();
        var (withPhone, withPhoneId, _) = await factory.NewUserAsync(phone: phone);
        var (withoutPhone, withoutPhoneId, _) = await factory.NewUserAsync();
        using var _1 = withPhone;
        using var _2 = withoutPhone;

        var published = await factory.PublishAsync("chengxiang",
            new NotificationRequest(NewKind(), [withPhoneId, withoutPhoneId], "培训计划即将到期", AlsoSms: true));

        Assert.Equal(2, published);
        var messages = await Eventually.ReturnsAsync(() => Task.FromResult(factory.Sms.To(phone)), m => m.Count > 0, "the notice's text message");
        var message = Assert.Single(messages);
        Assert.Equal(SmsTemplates.Notice, message.Template);
        Assert.Contains("培训计划即将到期", message.Text, StringComparison.Ordinal);
        Assert.Single(await withoutPhone.NoticesAsync());
    }

    [Fact]
    public async Task The_bell_is_in_the_top_bar_and_the_centre_lists_the_notices_or_says_there_are_none()
    {
        var (recipient, recipientId, _) = await factory.NewUserAsync();
        using var _1 = recipient;

        var emptyPage = await recipient.Http.GetStringAsync("/Notifications");
        Assert.Contains("data-testid=\"empty\"", emptyPage, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"bell\"", await recipient.Http.GetStringAsync("/"), StringComparison.Ordinal);

        await factory.PublishAsync("chengxiang", new NotificationRequest(NewKind(), [recipientId], "请阅读新发布的安全制度"));
        var page = await recipient.Http.GetStringAsync("/Notifications");
        Assert.Contains("请阅读新发布的安全制度", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"empty\"", page, StringComparison.Ordinal);
    }
}
