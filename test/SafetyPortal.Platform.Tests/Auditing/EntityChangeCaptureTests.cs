using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Auditing;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;

using SafetyPortal.Platform.Tests.Data;

namespace SafetyPortal.Platform.Tests.Auditing;

/// <summary>What the audit log keeps of a save, on a real (in-memory SQLite) database through the real interceptor.</summary>
public sealed class EntityChangeCaptureTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly PortalDbContext _db;

    public EntityChangeCaptureTests()
    {
        _connection.Open();
        var options = TestContextOptions.Sqlite(_connection, EntityChangeInterceptor.Instance);
        _db = new PortalDbContext(options);
        _db.Database.EnsureCreated();
    }

    [Fact]
    public async Task A_created_entity_is_recorded_with_its_values_and_personal_data_masked()
    {
        var citizen = new Citizen { Name = "张三", IdCardNumber = "320583199001011234", Mobile = "13812345678", Notes = "private" };
        using var scope = AuditScope.Begin();
        _db.Add(citizen);
        await _db.SaveChangesAsync();

        var change = Assert.Single(scope.EntityChanges);
        Assert.Equal(EntityChangeType.Created, change.ChangeType);
        Assert.Equal(typeof(Citizen).FullName, change.EntityTypeFullName);
        Assert.Equal(citizen.Id.ToString(), change.EntityId);
        var values = change.PropertyChanges.ToDictionary(p => p.PropertyName, p => p.NewValue);
        Assert.Equal("张三", values["Name"]);
        Assert.Equal("320583********1234", values["IdCardNumber"]);
        Assert.Equal("138****5678", values["Mobile"]);
        Assert.DoesNotContain("Id", values.Keys);
        Assert.DoesNotContain("Notes", values.Keys);
        Assert.DoesNotContain("ConcurrencyStamp", values.Keys);
        Assert.All(change.PropertyChanges, p => Assert.Null(p.OriginalValue));
    }

    [Fact]
    public async Task An_update_records_only_what_changed_old_and_new_both_masked()
    {
        var citizen = new Citizen { Name = "张三", IdCardNumber = "320583199001011234", Mobile = "13812345678" };
        _db.Add(citizen);
        await _db.SaveChangesAsync();

        using var scope = AuditScope.Begin();
        citizen.Name = "张三丰";
        citizen.Mobile = "13987654321";
        await _db.SaveChangesAsync();

        var change = Assert.Single(scope.EntityChanges);
        Assert.Equal(EntityChangeType.Updated, change.ChangeType);
        var byName = change.PropertyChanges.ToDictionary(p => p.PropertyName);
        Assert.Equal(("张三", "张三丰"), (byName["Name"].OriginalValue, byName["Name"].NewValue));
        Assert.Equal(("138****5678", "139****4321"), (byName["Mobile"].OriginalValue, byName["Mobile"].NewValue));
        Assert.DoesNotContain("IdCardNumber", byName.Keys);
        Assert.DoesNotContain("ConcurrencyStamp", byName.Keys);
    }

    [Fact]
    public async Task A_deletion_records_the_values_the_entity_had()
    {
        var citizen = new Citizen { Name = "李四", IdCardNumber = "320583199001015678" };
        _db.Add(citizen);
        await _db.SaveChangesAsync();

        using var scope = AuditScope.Begin();
        _db.Remove(citizen);
        await _db.SaveChangesAsync();

        var change = Assert.Single(scope.EntityChanges);
        Assert.Equal(EntityChangeType.Deleted, change.ChangeType);
        Assert.Equal(citizen.Id.ToString(), change.EntityId);
        var idCard = Assert.Single(change.PropertyChanges, p => p.PropertyName == "IdCardNumber");
        Assert.Equal(("320583********5678", null), (idCard.OriginalValue, idCard.NewValue));
    }

    [Fact]
    public async Task A_user_account_keeps_its_phone_masked_and_its_password_hash_and_stamps_out_of_the_log()
    {
        var user = new PortalUser
        {
            UserName = "inspector",
            NormalizedUserName = "INSPECTOR",
            PhoneNumber = "13812345678",
            PasswordHash = "AQAAAAIAAYagAAAAEHashThatMustNotLeak",
            SecurityStamp = "STAMPTHATMUSTNOTLEAK",
        };
        using var scope = AuditScope.Begin();
        _db.Add(user);
        await _db.SaveChangesAsync();
        user.PhoneNumber = "13987654321";
        user.PasswordHash = "AQAAAAIAAYagAAAAENewHashThatMustNotLeak";
        user.SecurityStamp = "NEWSTAMPTHATMUSTNOTLEAK";
        await _db.SaveChangesAsync();

        Assert.Equal([EntityChangeType.Created, EntityChangeType.Updated], scope.EntityChanges.Select(c => c.ChangeType));
        var recorded = scope.EntityChanges.SelectMany(c => c.PropertyChanges).ToList();
        var values = recorded.SelectMany(p => new[] { p.OriginalValue, p.NewValue }).OfType<string>().ToList();
        Assert.DoesNotContain(values, v => v.Contains("1381234", StringComparison.Ordinal) || v.Contains("1398765", StringComparison.Ordinal));
        Assert.DoesNotContain(values, v => v.Contains("MustNotLeak", StringComparison.Ordinal));
        Assert.DoesNotContain(recorded, p => p.PropertyName is "SecurityStamp" or "ConcurrencyStamp");
        var phoneChange = Assert.Single(scope.EntityChanges[1].PropertyChanges, p => p.PropertyName == "PhoneNumber");
        Assert.Equal(("138****5678", "139****4321"), (phoneChange.OriginalValue, phoneChange.NewValue));
        // A password change is still visible as a change.
        var hash = Assert.Single(scope.EntityChanges[1].PropertyChanges, p => p.PropertyName == "PasswordHash");
        Assert.Equal(("******", "******"), (hash.OriginalValue, hash.NewValue));
    }

    [Fact]
    public async Task Writes_outside_a_request_scope_are_not_collected()
    {
        _db.Add(new Citizen { Name = "seeded" });
        await _db.SaveChangesAsync();

        using var scope = AuditScope.Begin();
        _db.Add(new Citizen { Name = "by a request" });
        await _db.SaveChangesAsync();

        var change = Assert.Single(scope.EntityChanges);
        Assert.Equal("by a request", Assert.Single(change.PropertyChanges, p => p.PropertyName == "Name").NewValue);
    }

    [Fact]
    public async Task Changes_of_a_rolled_back_transaction_are_left_out_and_committed_ones_kept()
    {
        using var scope = AuditScope.Begin();
        await using (var rolledBack = await _db.Database.BeginTransactionAsync())
        {
            _db.Add(new Citizen { Name = "rolled back" });
            await _db.SaveChangesAsync();
            await rolledBack.RollbackAsync();
        }
        _db.ChangeTracker.Clear();
        await using (var committed = await _db.Database.BeginTransactionAsync())
        {
            _db.Add(new Citizen { Name = "committed" });
            await _db.SaveChangesAsync();
            Assert.Empty(scope.EntityChanges);
            await committed.CommitAsync();
        }

        var change = Assert.Single(scope.EntityChanges);
        Assert.Equal("committed", Assert.Single(change.PropertyChanges, p => p.PropertyName == "Name").NewValue);
    }

    [Fact]
    public async Task A_failed_save_records_nothing()
    {
        var existing = new Citizen { Name = "王五" };
        _db.Add(existing);
        await _db.SaveChangesAsync();
        _db.ChangeTracker.Clear();

        using var scope = AuditScope.Begin();
        _db.Add(new Citizen { Id = existing.Id, Name = "same key" });
        await Assert.ThrowsAsync<DbUpdateException>(() => _db.SaveChangesAsync());

        Assert.Empty(scope.EntityChanges);
    }

    [Fact]
    public async Task The_audit_tables_do_not_audit_themselves()
    {
        using var scope = AuditScope.Begin();
        _db.Add(new AuditLog { HttpMethod = "POST", Url = "/x", ExecutionTime = DateTime.UtcNow });
        await _db.SaveChangesAsync();

        Assert.Empty(scope.EntityChanges);
    }

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }
}
