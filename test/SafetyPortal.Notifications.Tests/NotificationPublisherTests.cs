using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using SafetyPortal.Notifications.Application;
using SafetyPortal.Notifications.Domain;
using SafetyPortal.Notifications.Jobs;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Notifications;

namespace SafetyPortal.Notifications.Tests;

/// <summary>The publisher on a real (in-memory SQLite) context: who gets a notice, when it is stored, who gets a text.</summary>
public sealed class NotificationPublisherTests : IDisposable
{
    private static readonly Guid TownA = Guid.NewGuid();
    private static readonly Guid TownB = Guid.NewGuid();

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly CurrentTenant _tenant = new();
    private readonly CapturingJobManager _jobs = new();
    private readonly PortalDbContext _db;
    private readonly NotificationPublisher _publisher;
    private readonly PortalUser _withPhone = User(TownA, "a1", "13800000001");
    private readonly PortalUser _withoutPhone = User(TownA, "a2", null);
    private readonly PortalUser _inactive = User(TownA, "a3", "13800000003", active: false);
    private readonly PortalUser _otherTown = User(TownB, "b1", "13800000004");

    public NotificationPublisherTests()
    {
        _connection.Open();
        var options = PortalContextServices.AddTo(new DbContextOptionsBuilder<PortalDbContext>(), new ModuleCatalog(new NotificationsModule()), _tenant)
            .UseSqlite(_connection)
            .AddInterceptors(UnitOfWorkHooksInterceptor.Instance)
            .Options;
        _db = new PortalDbContext(options);
        _db.Database.EnsureCreated();
        _db.AddRange(_withPhone, _withoutPhone, _inactive, _otherTown);
        _db.SaveChanges();
        _db.ChangeTracker.Clear();
        _publisher = new NotificationPublisher(_db, _tenant, TimeProvider.System,
            new NotificationSmsQueue(_jobs, NullLogger<NotificationSmsQueue>.Instance));
    }

    private static PortalUser User(Guid town, string name, string? phone, bool active = true) => new()
    {
        Id = Guid.NewGuid(), TenantId = town, UserName = name, NormalizedUserName = name.ToUpperInvariant(), DisplayName = name,
        PhoneNumber = phone, IsActive = active, SecurityStamp = Guid.NewGuid().ToString(),
    };

    private Task<List<Notification>> StoredAsync() => _db.Set<Notification>().IgnoreQueryFilters().AsNoTracking().ToListAsync();

    [Fact]
    public async Task Each_known_user_of_the_town_gets_one_notice_and_other_ids_are_ignored()
    {
        using var inTown = _tenant.Change(TownA);

        var count = await _publisher.PublishAsync(new NotificationRequest("Tests.Kind",
            [_withPhone.Id, _withPhone.Id, _withoutPhone.Id, _otherTown.Id, Guid.NewGuid()], new string('标', 300), Url: "/x"));
        await _db.SaveChangesAsync();

        Assert.Equal(2, count);
        var stored = await StoredAsync();
        Assert.Equal(new[] { _withPhone.Id, _withoutPhone.Id }.Order(), stored.Select(n => n.RecipientId).Order());
        Assert.All(stored, n => Assert.Equal((TownA, 256, "/x", (DateTime?)null), (n.TenantId!.Value, n.Title.Length, n.Url, n.ReadTime)));
    }

    [Fact]
    public async Task Nothing_is_stored_until_the_caller_saves()
    {
        using var inTown = _tenant.Change(TownA);

        await _publisher.PublishAsync(new NotificationRequest("Tests.Kind", [_withPhone.Id], "标题"));

        Assert.Empty(await StoredAsync());
        _db.ChangeTracker.Clear(); // the caller's step failed and was thrown away
        await _db.SaveChangesAsync();
        Assert.Empty(await StoredAsync());
    }

    [Fact]
    public async Task Text_messages_are_queued_after_the_save_for_active_recipients_with_a_mobile_number()
    {
        using var inTown = _tenant.Change(TownA);

        await _publisher.PublishAsync(new NotificationRequest("Tests.Kind", [_withPhone.Id, _withoutPhone.Id, _inactive.Id], "培训到期", AlsoSms: true));
        Assert.Empty(_jobs.Enqueued);
        await _db.SaveChangesAsync();

        var (job, tenantId, data) = Assert.Single(_jobs.Enqueued);
        Assert.Equal(typeof(SendNotificationSmsJob), job);
        Assert.Equal(TownA, tenantId);
        Assert.Equal(_withPhone.Id.ToString("D"), data[SendNotificationSmsJob.UsersKey]);
        Assert.Equal("培训到期", data[SendNotificationSmsJob.TitleKey]);
        Assert.Equal(3, (await StoredAsync()).Count);
    }

    [Fact]
    public async Task No_job_is_queued_when_no_recipient_can_be_texted()
    {
        using var inTown = _tenant.Change(TownA);

        await _publisher.PublishAsync(new NotificationRequest("Tests.Kind", [_withoutPhone.Id, _inactive.Id], "标题", AlsoSms: true));
        await _db.SaveChangesAsync();

        Assert.Empty(_jobs.Enqueued);
    }

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }
}
