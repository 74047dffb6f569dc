namespace SafetyPortal.Http.Tests.Infrastructure;

public sealed record PermissionNodeDocument(
    string Name, string DisplayName, bool IsGranted, bool IsDenied, List<string> GrantedByRoles, List<PermissionNodeDocument> Children);
