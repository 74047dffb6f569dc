using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace SafetyPortal.Platform.Identity;

public static class UserLookupExtensions
{
    /// <summary>
    /// The user a sign-in name means in the current town: the user name first, else a mobile number.
    /// User names and mobile numbers cannot collide inside a town (user administration refuses it),
    /// so the order only matters for data made before that rule.
    /// </summary>
    public static async Task<PortalUser?> FindBySignInNameAsync(
        this UserManager<PortalUser> users, string? signInName, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(signInName))
        {
            return null;
        }
        var byName = await users.FindByNameAsync(signInName.Trim());
        if (byName is not null || !MobileNumber.TryNormalize(signInName, out var phone))
        {
            return byName;
        }
        return await users.Users.FirstOrDefaultAsync(u => u.PhoneNumber == phone, cancellationToken);
    }
}
