using Microsoft.Playwright;

namespace SafetyPortal.Browser.Tests.Infrastructure;

/// <summary>The sign-in form, found the way a user finds it: by its Chinese labels.</summary>
public sealed class LoginPage(IPage page)
{
    public const string Bureau = "市应急管理局";
    public const string DemoPassword = "1q2w3E*";

    public ILocator Form => page.GetByTestId("login-form");

    public ILocator Workplace => page.GetByLabel("所属单位");

    public ILocator UserName => page.GetByLabel("用户名");

    public ILocator Password => page.GetByLabel("密码", new PageGetByLabelOptions { Exact = true });

    public ILocator SubmitButton => page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "登录", Exact = true });

    public async Task OpenAsync() => await page.GotoAsync("/Account/Login");

    /// <summary>Fills and submits the form; workplace is the option text (a town name, or the bureau).</summary>
    public async Task SubmitAsync(string workplace, string userName, string password)
    {
        await Workplace.SelectOptionAsync(new SelectOptionValue { Label = workplace });
        await UserName.FillAsync(userName);
        await Password.FillAsync(password);
        await SubmitButton.ClickAsync();
    }

    public async Task SignInAsync(string workplace, string userName, string password = DemoPassword)
    {
        await OpenAsync();
        await SubmitAsync(workplace, userName, password);
    }
}
