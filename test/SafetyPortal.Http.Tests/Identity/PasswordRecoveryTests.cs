using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Identity;

/// <summary>A forgotten password is reset with a 6-digit code sent by text message (the test host's gateway keeps it).</summary>
public abstract class PasswordRecoveryTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private async Task<(UserDocument User, string Phone)> NewUserWithPhoneAsync(string town = "chengxiang")
    {
        using var admin = await factory.TokenClientAsync(town, "townadmin");
        var phone = IdentityApi.NewPhone();
        return (await admin.CreateUserAsync(IdentityApi.NewName("fp"), phone: phone), phone);
    }

    private Task<HttpResponseMessage> ForgotAsync(string? town, string userName) =>
        factory.CreateApiClient().PostAsJsonAsync("/api/account/forgot-password", new { tenant = town, userName });

    private Task<HttpResponseMessage> ResetAsync(string? town, string userName, string code, string newPassword) =>
        factory.CreateApiClient().PostAsJsonAsync("/api/account/reset-password", new { tenant = town, userName, code, newPassword });

    [Fact]
    public async Task A_code_sent_by_text_message_lets_the_user_choose_a_new_password()
    {
        var (user, phone) = await NewUserWithPhoneAsync();
        Assert.Equal(HttpStatusCode.Accepted, (await ForgotAsync("chengxiang", user.UserName)).StatusCode);
        var message = Assert.Single(factory.Sms.To(phone));
        Assert.Equal("PasswordResetCode", message.Template);
        var code = message.Parameters["code"];
        Assert.Matches("^[0-9]{6}$", code);
        Assert.Contains(code, message.Text);
        Assert.Contains("验证码", message.Text);

        Assert.Equal(HttpStatusCode.Accepted, (await ForgotAsync("chengxiang", phone)).StatusCode);
        Assert.Single(factory.Sms.To(phone));

        Assert.Equal(HttpStatusCode.NoContent, (await ResetAsync("chengxiang", phone, code, "Renewed-7")).StatusCode);
        var api = factory.CreateApiClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.LoginAsync("chengxiang", user.UserName, IdentityApi.StrongPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.LoginAsync("chengxiang", user.UserName, "Renewed-7")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await ResetAsync("chengxiang", phone, code, "Again-7x")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_and_the_password_stays()
    {
        var (user, phone) = await NewUserWithPhoneAsync();
        await ForgotAsync("chengxiang", phone);
        var code = factory.Sms.To(phone)[^1].Parameters["code"];
        var wrong = code == "123456" ? "654321" : "123456";
        var response = await ResetAsync("chengxiang", phone, wrong, "Renewed-7");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("验证码错误或已过期。", (await response.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!["Code"][0]);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateApiClient().LoginAsync("chengxiang", user.UserName, IdentityApi.StrongPassword)).StatusCode);

        var weak = await ResetAsync("chengxiang", phone, code, "weak");
        Assert.Contains("NewPassword", (await weak.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!.Keys);
    }

    [Fact]
    public async Task Another_towns_account_gets_the_same_answer_and_no_message()
    {
        var (_, phone) = await NewUserWithPhoneAsync("shaxi");
        Assert.Equal(HttpStatusCode.Accepted, (await ForgotAsync("chengxiang", phone)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await ForgotAsync("chengxiang", IdentityApi.NewName("nobody"))).StatusCode);
        Assert.Empty(factory.Sms.To(phone));
        var badTown = await ForgotAsync("atlantis", phone);
        Assert.Contains("atlantis", (await badTown.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!["Tenant"][0]);
    }

    [Fact]
    public async Task The_forgot_password_pages_send_the_code_and_reset_the_password()
    {
        var (user, phone) = await NewUserWithPhoneAsync();
        using var browser = factory.CreatePortalClient();
        Assert.Contains("/Identity/Account/ForgotPassword", await browser.Http.GetStringAsync("/Account/Login"));
        var token = await browser.GetAntiforgeryTokenAsync("/Identity/Account/ForgotPassword");
        var sent = await browser.Http.PostAsync("/Identity/Account/ForgotPassword", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Tenant"] = "chengxiang",
            ["Input.UserName"] = user.UserName,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var resetUrl = sent.Headers.Location!.ToString();
        Assert.Contains("已经发出", await browser.Http.GetStringAsync(resetUrl));
        var code = Assert.Single(factory.Sms.To(phone)).Parameters["code"];

        var resetToken = await browser.GetAntiforgeryTokenAsync(resetUrl);
        var fields = new Dictionary<string, string>
        {
            ["Tenant"] = "chengxiang",
            ["Input.UserName"] = user.UserName,
            ["Input.Code"] = code,
            ["Input.NewPassword"] = "Renewed-8",
            ["Input.ConfirmPassword"] = "Renewed-9",
            ["__RequestVerificationToken"] = resetToken,
        };
        var differ = await browser.Http.PostAsync(resetUrl, new FormUrlEncodedContent(fields));
        Assert.Contains("两次输入的新密码不一致。", await differ.Content.ReadAsStringAsync());
        fields["Input.ConfirmPassword"] = "Renewed-8";
        var done = await browser.Http.PostAsync(resetUrl, new FormUrlEncodedContent(fields));
        Assert.Contains("密码已重设", await done.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync("chengxiang", phone, "Renewed-8")).StatusCode);
    }
}
