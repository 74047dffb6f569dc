namespace SafetyPortal.Http.Tests.Infrastructure;

/// <summary>The "impersonator" of GET /api/account/me.</summary>
public sealed record ImpersonatorDocument(Guid Id, string DisplayName);
