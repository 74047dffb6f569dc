namespace SafetyPortal.Http.Tests.Infrastructure;

public sealed record PermissionGroupDocument(string Name, string DisplayName, List<PermissionNodeDocument> Permissions);
