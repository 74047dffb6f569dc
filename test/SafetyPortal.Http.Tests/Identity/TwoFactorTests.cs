using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Identity;

/// <summary>Two-factor sign-in with an authenticator app: the test computes the codes from the shared key as the app would.</summary>
public abstract class TwoFactorTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private const string Authenticator = "/api/account/authenticator";

    private static string Now(string key) => Totp.Code(key, DateTimeOffset.UtcNow);

    /// <summary>A code the app would never show now: every digit moved by five.</summary>
    private static string Wrong(string code) =>
        string.Concat(code.Select(c => (char)('0' + ((c - '0' + 5) % 10))));

    private async Task<(UserDocument User, string Key)> UserWithTwoFactorAsync()
    {
        using var admin = await factory.TokenClientAsync("chengxiang", "townadmin");
        var user = await admin.CreateUserAsync(IdentityApi.NewName("tf"));
        using var self = await factory.TokenClientAsync("chengxiang", user.UserName, IdentityApi.StrongPassword);
        var key = (await self.GetFromJsonAsync<AuthenticatorDocument>(Authenticator))!.SharedKey;
        Assert.Equal(HttpStatusCode.NoContent, (await self.PostAsJsonAsync($"{Authenticator}/enable", new { code = Now(key) })).StatusCode);
        return (user, key);
    }

    [Fact]
    public async Task Turning_two_factor_on_with_an_app_code_makes_the_api_sign_in_ask_for_it()
    {
        using var admin = await factory.TokenClientAsync("chengxiang", "townadmin");
        var user = await admin.CreateUserAsync(IdentityApi.NewName("tf"));
        using var self = await factory.TokenClientAsync("chengxiang", user.UserName, IdentityApi.StrongPassword);
        var setup = await self.GetFromJsonAsync<AuthenticatorDocument>(Authenticator);
        Assert.False(setup!.IsEnabled);
        Assert.Matches("^[A-Z2-7]{32}$", setup.SharedKey);
        Assert.Equal($"otpauth://totp/SafetyPortal%3A{user.UserName}%40chengxiang?secret={setup.SharedKey}&issuer=SafetyPortal&digits=6", setup.AuthenticatorUri);
        Assert.Equal(setup.SharedKey, (await self.GetFromJsonAsync<AuthenticatorDocument>(Authenticator))!.SharedKey);

        var wrong = await self.PostAsJsonAsync($"{Authenticator}/enable", new { code = Wrong(Now(setup.SharedKey)) });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("Code", (await wrong.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!.Keys);
        Assert.Equal(HttpStatusCode.NoContent, (await self.PostAsJsonAsync($"{Authenticator}/enable", new { code = Now(setup.SharedKey) })).StatusCode);
        Assert.True((await self.GetFromJsonAsync<MeDocument>("/api/account/me"))!.TwoFactorEnabled);

        var api = factory.CreateApiClient();
        var withoutCode = await api.LoginAsync("chengxiang", user.UserName, IdentityApi.StrongPassword);
        Assert.Equal(HttpStatusCode.Unauthorized, withoutCode.StatusCode);
        Assert.Equal("需要两步验证码。", (await withoutCode.Content.ReadFromJsonAsync<ProblemDocument>())!.Title);
        var wrongCode = await api.LoginAsync("chengxiang", user.UserName, IdentityApi.StrongPassword, Wrong(Now(setup.SharedKey)));
        Assert.Equal("两步验证码错误。", (await wrongCode.Content.ReadFromJsonAsync<ProblemDocument>())!.Title);
        var withCode = await api.LoginAsync("chengxiang", user.UserName, IdentityApi.StrongPassword, Now(setup.SharedKey));
        Assert.Equal(HttpStatusCode.OK, withCode.StatusCode);
        Assert.False(string.IsNullOrEmpty((await withCode.Content.ReadFromJsonAsync<AccessTokenDocument>())!.AccessToken));
    }

    [Fact]
    public async Task The_login_page_asks_for_the_app_code_and_then_signs_in()
    {
        var (user, key) = await UserWithTwoFactorAsync();
        using var browser = factory.CreatePortalClient();
        var first = await browser.SignInAsync("chengxiang", user.UserName, IdentityApi.StrongPassword);
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        var step2 = first.Headers.Location!.ToString();
        Assert.StartsWith("/Identity/Account/LoginWith2fa", step2);
        Assert.Contains("__tenant=chengxiang", step2);
        Assert.Equal(HttpStatusCode.Redirect, (await browser.Http.GetAsync("/")).StatusCode);

        var token = await browser.GetAntiforgeryTokenAsync(step2);
        var code = Now(key);
        var wrong = await browser.Http.PostAsync(step2, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = Wrong(code),
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Contains("两步验证码错误。", await wrong.Content.ReadAsStringAsync());
        var right = await browser.Http.PostAsync(step2, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = $"{code[..3]} {code[3..]}",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Contains(user.DisplayName, await browser.Http.GetStringAsync("/"));
    }

    [Fact]
    public async Task The_two_factor_page_shows_the_key_and_turns_two_factor_on_and_off()
    {
        using var admin = await factory.TokenClientAsync("chengxiang", "townadmin");
        var user = await admin.CreateUserAsync(IdentityApi.NewName("tp"));
        using var browser = factory.CreatePortalClient();
        await browser.SignInAsync("chengxiang", user.UserName, IdentityApi.StrongPassword);
        Assert.Contains("/Identity/Account/TwoFactor", await browser.Http.GetStringAsync("/"));
        var html = await browser.Http.GetStringAsync("/Identity/Account/TwoFactor");
        Assert.Contains("otpauth://totp/", html);
        var formatted = System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"shared-key\">([a-z2-7 ]+)<").Groups[1].Value;
        var key = formatted.Replace(" ", "", StringComparison.Ordinal).ToUpper(CultureInfo.InvariantCulture);
        Assert.Equal(32, key.Length);

        var token = await browser.GetAntiforgeryTokenAsync("/Identity/Account/TwoFactor");
        var enabled = await browser.Http.PostAsync("/Identity/Account/TwoFactor?handler=Enable", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = Now(key),
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, enabled.StatusCode);
        Assert.Contains("已开启", await browser.Http.GetStringAsync("/Identity/Account/TwoFactor"));
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateApiClient().LoginAsync("chengxiang", user.UserName, IdentityApi.StrongPassword)).StatusCode);

        token = await browser.GetAntiforgeryTokenAsync("/Identity/Account/TwoFactor");
        var disabled = await browser.Http.PostAsync("/Identity/Account/TwoFactor?handler=Disable", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateApiClient().LoginAsync("chengxiang", user.UserName, IdentityApi.StrongPassword)).StatusCode);
    }

    [Fact]
    public async Task An_administrator_turns_two_factor_off_for_a_user_who_lost_the_phone()
    {
        var (user, _) = await UserWithTwoFactorAsync();
        using var admin = await factory.TokenClientAsync("chengxiang", "townadmin");
        var reset = await admin.DeleteAsync($"{IdentityApi.Users}/{user.Id}/two-factor");
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.False((await reset.Content.ReadFromJsonAsync<UserDocument>())!.TwoFactorEnabled);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateApiClient().LoginAsync("chengxiang", user.UserName, IdentityApi.StrongPassword)).StatusCode);
    }
}
