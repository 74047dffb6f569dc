using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Identity.Application;

/// <summary>Turns a failed IdentityResult into what the API and pages expect: 400 naming the field, or 409.</summary>
internal static class IdentityResults
{
    public static void ThrowIfFailed(IdentityResult result, string field, string passwordField = "Password")
    {
        if (result.Succeeded)
        {
            return;
        }
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.ConcurrencyFailure)))
        {
            // The store swallowed EF's exception; raise it again so the host answers 409 like everywhere else.
            throw new DbUpdateConcurrencyException(result.Errors.First().Description);
        }
        var errors = new ValidationErrors();
        foreach (var error in result.Errors)
        {
            errors.Add(error.Code.StartsWith("Password", StringComparison.Ordinal) ? passwordField : field, error.Description);
        }
        throw new ValidationException(errors);
    }

    /// <summary>Runs the configured password rules, so a bad password is reported with the other fields, before anything is saved.</summary>
    public static async Task AddPasswordErrorsAsync<TUser>(UserManager<TUser> users, TUser user, string password, string field, ValidationErrors errors)
        where TUser : class
    {
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, user, password);
            foreach (var error in result.Errors)
            {
                errors.Add(field, error.Description);
            }
        }
    }

    /// <summary>
    /// The editor saw another version than the one just read: 409. Identity's stores check the stamp they read
    /// themselves (a change between this read and the save), but they never see the editor's version.
    /// </summary>
    public static void ThrowIfStale(string? current, string? seenByEditor)
    {
        if (!string.Equals(current, seenByEditor, StringComparison.Ordinal))
        {
            throw new DbUpdateConcurrencyException("The record was changed after the editor read it.");
        }
    }
}
