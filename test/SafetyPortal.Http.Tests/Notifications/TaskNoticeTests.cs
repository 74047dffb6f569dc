using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Http.Tests.Workflows;

namespace SafetyPortal.Http.Tests.Notifications;

/// <summary>Workflow tasks reach their assignee through the notification centre, linking to the task page.</summary>
public abstract class TaskNoticeTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    [Fact]
    public async Task A_task_assigned_to_a_user_notifies_them_with_a_link_to_the_task()
    {
        var (assignee, _, userName) = await factory.NewUserAsync();
        using var _1 = assignee;
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var key = "notify-" + Guid.NewGuid().ToString("N")[..8];
        await DefinitionsTests<TFactory>.PublishAsync(townadmin, Bpmn.Process(key, $"""
            <startEvent id="Start" /><sequenceFlow id="F1" sourceRef="Start" targetRef="Task" />
            <userTask id="Task" name="填写检查记录" camunda:assignee="{userName}" />
            <sequenceFlow id="F2" sourceRef="Task" targetRef="End" /><endEvent id="End" />
            """));

        await townadmin.StartAsync(key, "CHK-1");

        var task = Assert.Single(await assignee.TasksAsync("mine"));
        var notice = Assert.Single(await assignee.NoticesAsync("kind=Workflows.TaskAssigned"));
        Assert.Equal("填写检查记录", notice.Title);
        Assert.Equal("CHK-1", notice.Body);
        Assert.Equal($"/Workflows/Tasks/Task?id={task.Id}", notice.Url);
        Assert.Equal(HttpStatusCode.OK, (await assignee.Http.GetAsync(notice.Url)).StatusCode);
        Assert.Equal(1, await assignee.UnreadAsync());
    }

    [Fact]
    public async Task A_hazard_task_delegated_to_a_user_notifies_them()
    {
        var (delegate_, _, userName) = await factory.NewUserAsync();
        using var _1 = delegate_;
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        var hazard = "HZ-" + Guid.NewGuid().ToString("N")[..8];
        await inspector.StartAsync("hazard-rectification", hazard, new { hazardId = hazard, enterpriseId = Guid.NewGuid(), description = "消防通道堵塞" });
        var confirm = Assert.Single(await inspector.TasksAsync("groups", hazard));

        var response = await inspector.Http.PostAsJsonAsync($"/api/workflows/tasks/{confirm.Id}/delegate", new { userName });

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var notice = Assert.Single(await delegate_.NoticesAsync("kind=Workflows.TaskDelegated"));
        Assert.Equal($"/Workflows/Tasks/Task?id={confirm.Id}", notice.Url);
        Assert.Equal(hazard, notice.Body);
    }
}
