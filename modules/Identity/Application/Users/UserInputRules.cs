using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Identity.Application.Users;

/// <summary>
/// What a user record must satisfy, checked all at once so every bad field is reported together.
/// User names and mobile numbers are both sign-in names, so inside one town neither may equal the other's.
/// </summary>
internal sealed class UserInputRules(UserManager<PortalUser> users, RoleManager<PortalRole> roles, IStringLocalizer<IdentityResource> text)
{
    public const int MaxUserNameLength = 64;
    public const int MaxDisplayNameLength = 64;

    /// <param name="existing">The user being edited; null when creating.</param>
    public async Task<ValidatedUserInput> ValidateAsync(PortalUser? existing, SaveUserRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var id = existing?.Id ?? Guid.Empty;
        var userName = await CheckUserNameAsync(id, request.UserName?.Trim() ?? "", errors, cancellationToken);
        var displayName = request.DisplayName?.Trim() ?? "";
        if (displayName.Length == 0)
        {
            errors.Add(nameof(request.DisplayName), text["DisplayNameRequired"]);
        }
        else if (displayName.Length > MaxDisplayNameLength)
        {
            errors.Add(nameof(request.DisplayName), text["DisplayNameTooLong", MaxDisplayNameLength]);
        }
        var phone = await CheckPhoneAsync(id, request.PhoneNumber, errors, cancellationToken);
        if (string.IsNullOrEmpty(request.Password))
        {
            if (existing is null)
            {
                errors.Add(nameof(request.Password), text["PasswordRequired"]);
            }
        }
        else
        {
            await IdentityResults.AddPasswordErrorsAsync(users, existing ?? new PortalUser { UserName = userName }, request.Password, nameof(request.Password), errors);
        }
        var roleNames = request.RoleNames is null ? null : await CheckRolesAsync(request.RoleNames, nameof(request.RoleNames), errors, cancellationToken);
        errors.ThrowIfAny();
        return new ValidatedUserInput(userName, displayName, phone, roleNames);
    }

    /// <summary>The roles of the current town with these names, as stored; unknown names are reported.</summary>
    public async Task<IReadOnlyList<string>> CheckRolesAsync(IReadOnlyList<string> names, string field, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var normalized = names.Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => roles.NormalizeKey(n.Trim())!).Distinct().ToList();
        var found = await roles.Roles.Where(r => normalized.Contains(r.NormalizedName!))
            .Select(r => new { r.Name, r.NormalizedName }).ToListAsync(cancellationToken);
        foreach (var missing in names.Where(n => !string.IsNullOrWhiteSpace(n) && found.All(f => f.NormalizedName != roles.NormalizeKey(n.Trim()))))
        {
            errors.Add(field, text["RoleNotFound", missing.Trim()]);
        }
        return [.. found.Select(f => f.Name!)];
    }

    private async Task<string> CheckUserNameAsync(Guid id, string userName, ValidationErrors errors, CancellationToken cancellationToken)
    {
        const string field = nameof(SaveUserRequest.UserName);
        var allowed = users.Options.User.AllowedUserNameCharacters;
        if (userName.Length == 0)
        {
            errors.Add(field, text["UserNameRequired"]);
        }
        else if (userName.Length > MaxUserNameLength)
        {
            errors.Add(field, text["UserNameTooLong", MaxUserNameLength]);
        }
        else if (!string.IsNullOrEmpty(allowed) && userName.Any(c => !allowed.Contains(c, StringComparison.Ordinal)))
        {
            errors.Add(field, text["UserNameInvalid", userName]);
        }
        else
        {
            var normalized = users.NormalizeName(userName);
            if (await users.Users.AnyAsync(u => u.NormalizedUserName == normalized && u.Id != id, cancellationToken))
            {
                errors.Add(field, text["UserNameTaken", userName]);
            }
            else if (MobileNumber.TryNormalize(userName, out var asPhone)
                && await users.Users.AnyAsync(u => u.PhoneNumber == asPhone && u.Id != id, cancellationToken))
            {
                errors.Add(field, text["UserNameIsAnotherUsersPhone", userName]);
            }
        }
        return userName;
    }

    private async Task<string?> CheckPhoneAsync(Guid id, string? input, ValidationErrors errors, CancellationToken cancellationToken)
    {
        const string field = nameof(SaveUserRequest.PhoneNumber);
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }
        if (!MobileNumber.TryNormalize(input, out var phone))
        {
            errors.Add(field, text["PhoneNumberInvalid", input.Trim()]);
            return null;
        }
        var asName = users.NormalizeName(phone);
        if (await users.Users.AnyAsync(u => u.PhoneNumber == phone && u.Id != id, cancellationToken))
        {
            errors.Add(field, text["PhoneNumberTaken", MobileNumber.Mask(phone)]);
        }
        else if (await users.Users.AnyAsync(u => u.NormalizedUserName == asName && u.Id != id, cancellationToken))
        {
            errors.Add(field, text["PhoneNumberIsAnotherUsersName", MobileNumber.Mask(phone)]);
        }
        return phone;
    }
}
