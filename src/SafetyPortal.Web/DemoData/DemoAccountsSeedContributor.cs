using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Seeding;

namespace SafetyPortal.Web.DemoData;

/// <summary>The demo accounts listed in the README, all with the password 1q2w3E*.</summary>
internal sealed class DemoAccountsSeedContributor(UserManager<PortalUser> users, ITenantStore tenants, ICurrentTenant currentTenant)
    : IDataSeedContributor
{
    public const string Password = "1q2w3E*";

    public int Order => 30;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IsDemo)
        {
            return;
        }
        await using var stream = typeof(DemoAccountsSeedContributor).Assembly.GetManifestResourceStream("SafetyPortal.Web.demo-accounts.json")
            ?? throw new InvalidOperationException("demo-accounts.json is not embedded.");
        var data = await JsonSerializer.DeserializeAsync<DemoAccounts>(stream, JsonSerializerOptions.Web, cancellationToken);
        foreach (var account in data?.Accounts ?? [])
        {
            var town = account.Town is null ? null : await tenants.FindByCodeAsync(account.Town, cancellationToken)
                ?? throw new InvalidOperationException($"Demo account {account.UserName} names the unknown town {account.Town}.");
            using (currentTenant.Change(town?.Id, town?.Name))
            {
                await UserSeeding.EnsureUserAsync(users, account.UserName, account.DisplayName, Password, account.Roles);
            }
        }
    }
}
