using Microsoft.AspNetCore.Authorization;

namespace SafetyPortal.Platform.Permissions;

public sealed record PermissionRequirement(string PermissionName) : IAuthorizationRequirement;
