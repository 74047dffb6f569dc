using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Http.Tests.Identity;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Notifications;

namespace SafetyPortal.Http.Tests.Notifications;

/// <summary>What the notification tests share: fresh users of a town, publishing as a module would, reading the centre.</summary>
internal static class NotificationsApi
{
    public const string Api = "/api/notifications";

    /// <summary>A new Employee of the town, signed in with cookies; its id for publishing.</summary>
    public static async Task<(PortalClient Client, Guid Id, string UserName)> NewUserAsync(
        this PortalFactory factory, string town = "chengxiang", string? phone = null)
    {
        using var admin = await factory.TokenClientAsync(town, "townadmin");
        var userName = IdentityApi.NewName("nt");
        var user = await admin.CreateUserAsync(userName, phone: phone, roles: PortalRoles.Employee);
        var client = factory.CreatePortalClient();
        var response = await client.SignInAsync(town, userName, IdentityApi.StrongPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (client, user.Id, userName);
    }

    /// <summary>Publishes in the town the way a module does: the publisher adds to the unit of work, the caller saves.</summary>
    public static async Task<int> PublishAsync(this PortalFactory factory, string town, NotificationRequest request, bool rollBack = false)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var townId = (await scope.ServiceProvider.GetRequiredService<ITenantStore>().FindByCodeAsync(town))!.Id;
        // Changed here, not in a helper: a change made inside an awaited method ends with it (AsyncLocal).
        using var inTown = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(townId);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var publisher = scope.ServiceProvider.GetRequiredService<INotificationPublisher>();
        var published = 0;
        try
        {
            await db.InTransactionAsync(async ct =>
            {
                published = await publisher.PublishAsync(request, ct);
                await db.SaveChangesAsync(ct);
                if (rollBack)
                {
                    throw new InvalidOperationException("The step failed after publishing.");
                }
            });
        }
        catch (InvalidOperationException) when (rollBack)
        {
            return 0;
        }
        return published;
    }

    public static async Task<List<NotificationDocument>> NoticesAsync(this PortalClient client, string query = "") =>
        (await client.GetJsonAsync<PagedDocument<NotificationDocument>>($"{Api}?pageSize=200&{query}"))!.Items;

    public static async Task<int> UnreadAsync(this PortalClient client) =>
        (await client.GetJsonAsync<UnreadCountDocument>($"{Api}/unread-count"))!.Unread;

    public static string NewKind() => "Tests." + Guid.NewGuid().ToString("N")[..8];

    public static Task<HttpResponseMessage> MarkReadAsync(this PortalClient client, Guid id) =>
        client.Http.PostAsJsonAsync($"{Api}/{id}/read", new { });
}
