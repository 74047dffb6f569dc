namespace SafetyPortal.Http.Tests.Infrastructure;

public sealed record RoleDocument(Guid Id, string Name, string DisplayName, bool IsBuiltIn, bool IsAdmin, int UserCount, string ConcurrencyStamp);
