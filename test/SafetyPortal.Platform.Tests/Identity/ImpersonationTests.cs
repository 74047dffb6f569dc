using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SafetyPortal.Platform.Hosting;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Platform.Tests.Identity;

public sealed class ImpersonationTests
{
    private static readonly Guid BureauUser = Guid.NewGuid();

    private static ClaimsPrincipal Principal(params Claim[] claims) => new(new ClaimsIdentity(claims, "test"));

    [Fact]
    public void A_principal_rebuilt_from_the_town_user_still_names_the_bureau_user()
    {
        var switchedIn = Principal([new(ClaimTypes.Name, "townadmin"), .. Impersonation.ClaimsFor(BureauUser, "市局管理员")]);
        var rebuilt = Principal(new Claim(ClaimTypes.Name, "townadmin"));

        Impersonation.Carry(switchedIn, rebuilt);

        Assert.Equal(BureauUser, rebuilt.ImpersonatorId());
        Assert.Equal("市局管理员", rebuilt.ImpersonatorName());
        Assert.Single(rebuilt.FindAll(PortalClaimTypes.ImpersonatorId));
    }

    [Fact]
    public void A_user_who_signed_in_themselves_is_not_marked()
    {
        var own = Principal(new Claim(ClaimTypes.Name, "townadmin"));
        var rebuilt = Principal(new Claim(ClaimTypes.Name, "townadmin"));

        Impersonation.Carry(own, rebuilt);

        Assert.False(rebuilt.IsImpersonated());
    }

    [Fact]
    public async Task The_periodic_security_stamp_check_keeps_the_bureau_user_on_the_cookie()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Default"] = "Data Source=:memory:" });
        builder.AddPortalPlatform();
        using var services = builder.Services.BuildServiceProvider();
        var options = services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        var context = new SecurityStampRefreshingPrincipalContext
        {
            CurrentPrincipal = Principal(Impersonation.ClaimsFor(BureauUser, "市局管理员")),
            NewPrincipal = Principal(new Claim(ClaimTypes.Name, "townadmin")),
        };

        await options.OnRefreshingPrincipal!(context);

        Assert.Equal(BureauUser, context.NewPrincipal!.ImpersonatorId());
    }
}
