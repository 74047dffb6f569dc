using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace SafetyPortal.Platform.Permissions;

/// <summary>Every permission name is also a policy name: RequireAuthorization(OrganizationPermissions.Tenants.Default).</summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, PermissionDefinitionManager definitions)
    : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        var policy = await base.GetPolicyAsync(policyName);
        if (policy is not null || definitions.Find(policyName) is null)
        {
            return policy;
        }
        return new AuthorizationPolicyBuilder()
            .RequireAuthenticatedUser()
            .AddRequirements(new PermissionRequirement(policyName))
            .Build();
    }
}
