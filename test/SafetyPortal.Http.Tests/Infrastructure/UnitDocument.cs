namespace SafetyPortal.Http.Tests.Infrastructure;

public sealed record UnitDocument(Guid Id, Guid? ParentId, string Code, string DisplayName, string Kind, int Depth, int MemberCount);
