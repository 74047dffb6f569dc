using SafetyPortal.Web.Hosting;

namespace SafetyPortal.Platform.Tests.Hosting;

public sealed class PortalCommandTests
{
    [Fact]
    public void Seed_demo_is_a_command_and_the_rest_stays_configuration()
    {
        var command = PortalCommand.Parse(["seed", "--demo", "--Database:Provider=MySql"]);
        Assert.True(command.Seed);
        Assert.True(command.Demo);
        Assert.Equal(["--Database:Provider=MySql"], command.HostArgs);
    }

    [Fact]
    public void Without_a_command_the_portal_serves()
    {
        var command = PortalCommand.Parse(["--urls=http://localhost:5000"]);
        Assert.False(command.Seed);
        Assert.Equal(["--urls=http://localhost:5000"], command.HostArgs);
    }
}
