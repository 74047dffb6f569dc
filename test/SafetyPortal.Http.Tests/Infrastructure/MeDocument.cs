using System.Text.Json;

namespace SafetyPortal.Http.Tests.Infrastructure;

public sealed record MeDocument(
    Guid Id,
    string UserName,
    string DisplayName,
    string? PhoneNumber,
    bool TwoFactorEnabled,
    TenantSummaryDocument? Tenant,
    List<JsonElement> OrganizationUnits,
    List<string> Roles,
    List<string> Permissions,
    ImpersonatorDocument? Impersonator);
