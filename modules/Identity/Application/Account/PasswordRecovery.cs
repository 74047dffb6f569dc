using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Sms;

namespace SafetyPortal.Identity.Application.Account;

/// <summary>
/// Forgotten passwords: a 6-digit code goes by text message to the account's mobile number; the code and a new
/// password reset it. The code comes from Identity's phone-number token provider: nothing is stored, it expires
/// within minutes and dies with the password change (it is bound to the security stamp). Wrong codes count
/// towards lockout like wrong passwords, and the answer to a request never tells whether the account exists.
/// </summary>
public sealed partial class PasswordRecovery(
    UserManager<PortalUser> users,
    ITenantStore tenants,
    ICurrentTenant currentTenant,
    ISmsSender sms,
    TimeProvider clock,
    IStringLocalizer<IdentityResource> text,
    ILogger<PasswordRecovery> logger)
{
    /// <summary>One message a minute per account at most, so the form cannot be used to flood a phone.</summary>
    public static readonly TimeSpan ResendInterval = TimeSpan.FromSeconds(60);

    private const string Purpose = "ResetPasswordBySms";
    private const string TokenProvider = "SafetyPortal";
    private const string SentAtToken = "PasswordResetCodeSentAt";

    public async Task SendCodeAsync(ForgotPasswordRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        var town = await FindTownAsync(request.Tenant, nameof(request.Tenant), errors, cancellationToken);
        Require(request.UserName, nameof(request.UserName), "UserNameOrPhoneRequired", errors);
        errors.ThrowIfAny();
        using (currentTenant.Change(town?.Id, town?.Name))
        {
            var user = await users.FindBySignInNameAsync(request.UserName, cancellationToken);
            if (user is not { IsActive: true, PhoneNumber.Length: > 0 } || await users.IsLockedOutAsync(user))
            {
                LogNotSent(logger, "no active account with a mobile number");
                return;
            }
            var now = clock.GetUtcNow();
            var sentAt = await users.GetAuthenticationTokenAsync(user, TokenProvider, SentAtToken);
            if (DateTimeOffset.TryParse(sentAt, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var last) && now - last < ResendInterval)
            {
                LogNotSent(logger, "a code was sent less than a minute ago");
                return;
            }
            var code = await users.GenerateUserTokenAsync(user, TokenOptions.DefaultPhoneProvider, Purpose);
            await users.SetAuthenticationTokenAsync(user, TokenProvider, SentAtToken, now.ToString("O", CultureInfo.InvariantCulture));
            var parameters = new Dictionary<string, string> { ["code"] = code };
            await sms.SendAsync(new SmsMessage(user.PhoneNumber, SmsTemplates.PasswordResetCode, parameters, text["Sms:PasswordResetCode", code]), cancellationToken);
        }
    }

    public async Task ResetAsync(ResetPasswordRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        var town = await FindTownAsync(request.Tenant, nameof(request.Tenant), errors, cancellationToken);
        Require(request.UserName, nameof(request.UserName), "UserNameOrPhoneRequired", errors);
        Require(request.Code, nameof(request.Code), "CodeRequired", errors);
        Require(request.NewPassword, nameof(request.NewPassword), "NewPasswordRequired", errors);
        errors.ThrowIfAny();
        using (currentTenant.Change(town?.Id, town?.Name))
        {
            var user = await users.FindBySignInNameAsync(request.UserName, cancellationToken);
            if (user is not { IsActive: true, PhoneNumber.Length: > 0 })
            {
                throw Invalid(nameof(request.Code), "CodeInvalid");
            }
            if (await users.IsLockedOutAsync(user))
            {
                throw Invalid(nameof(request.Code), "CodeLockedOut");
            }
            var code = TwoFactorCode.Normalize(request.Code) ?? "";
            if (!await users.VerifyUserTokenAsync(user, TokenOptions.DefaultPhoneProvider, Purpose, code))
            {
                await users.AccessFailedAsync(user);
                throw Invalid(nameof(request.Code), "CodeInvalid");
            }
            await IdentityResults.AddPasswordErrorsAsync(users, user, request.NewPassword!, nameof(request.NewPassword), errors);
            errors.ThrowIfAny();
            var token = await users.GeneratePasswordResetTokenAsync(user);
            IdentityResults.ThrowIfFailed(await users.ResetPasswordAsync(user, token, request.NewPassword!), nameof(request.Code), nameof(request.NewPassword));
            await users.ResetAccessFailedCountAsync(user);
            await users.RemoveAuthenticationTokenAsync(user, TokenProvider, SentAtToken);
        }
    }

    private async Task<TenantInfo?> FindTownAsync(string? code, string field, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }
        var town = await tenants.FindByCodeAsync(code, cancellationToken);
        if (town is not { IsActive: true })
        {
            errors.Add(field, text["TownUnavailable", code.Trim()]);
        }
        return town;
    }

    private void Require(string? value, string field, string messageKey, ValidationErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, text[messageKey]);
        }
    }

    private ValidationException Invalid(string field, string messageKey)
    {
        var errors = new ValidationErrors();
        errors.Add(field, text[messageKey]);
        return new ValidationException(errors);
    }

    [LoggerMessage(LogLevel.Information, "Password reset code not sent: {Reason}")]
    private static partial void LogNotSent(ILogger logger, string reason);
}
