using Microsoft.AspNetCore.Identity;

namespace SafetyPortal.Platform.Identity;

/// <summary>Creates an account in the current town unless it exists; shared by the install and demo seeds.</summary>
public static class UserSeeding
{
    public static async Task<PortalUser> EnsureUserAsync(
        UserManager<PortalUser> users, string userName, string displayName, string password, IEnumerable<string> roleNames)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is not null)
        {
            return user;
        }
        user = new PortalUser { UserName = userName, DisplayName = displayName, EmailConfirmed = true };
        ThrowIfFailed(await users.CreateAsync(user, password), $"user {userName}");
        ThrowIfFailed(await users.AddToRolesAsync(user, roleNames), $"roles of user {userName}");
        return user;
    }

    internal static void ThrowIfFailed(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Seeding {what} failed: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }
}
