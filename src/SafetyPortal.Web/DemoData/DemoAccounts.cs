namespace SafetyPortal.Web.DemoData;

/// <summary>The shape of demo-accounts.json. Town is a tenant code, or null for the bureau.</summary>
internal sealed record DemoAccounts(IReadOnlyList<DemoAccount> Accounts);

internal sealed record DemoAccount(string? Town, string UserName, string DisplayName, IReadOnlyList<string> Roles);
