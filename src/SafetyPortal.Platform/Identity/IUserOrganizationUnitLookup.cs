namespace SafetyPortal.Platform.Identity;

/// <summary>The organization units a user belongs to; implemented by the Organization module.</summary>
public interface IUserOrganizationUnitLookup
{
    Task<IReadOnlyList<UserOrganizationUnit>> GetForUserAsync(Guid userId, CancellationToken cancellationToken = default);
}
