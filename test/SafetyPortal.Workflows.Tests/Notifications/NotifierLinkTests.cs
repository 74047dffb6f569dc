using SafetyPortal.Workflows.Notifications;

namespace SafetyPortal.Workflows.Tests.Notifications;

public sealed class NotifierLinkTests
{
    private static readonly Guid Task = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");
    private static readonly Guid Instance = Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");

    [Fact]
    public void A_task_notice_opens_the_task_page_and_an_instance_notice_the_instance_page()
    {
        Assert.Equal("/Workflows/Tasks/Task?id=0f8fad5b-d9cb-469f-a165-70867728950e", Notifier.Link(Task, Instance));
        Assert.Equal("/Workflows/Instances/Details?id=7c9e6679-7425-40de-944b-e07fc1f90ae7", Notifier.Link(null, Instance));
        Assert.Null(Notifier.Link(null, null));
    }

    [Theory]
    [InlineData("Workflow", "Workflows.Workflow")]
    [InlineData(NotificationKinds.TaskAssigned, "Workflows.TaskAssigned")]
    public void Kinds_in_the_centre_carry_the_module_prefix_once(string kind, string expected) =>
        Assert.Equal(expected, NotificationKinds.Qualify(kind));
}
