using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Http.Tests.Hosting;

/// <summary>
/// On MariaDB a save checks that each UPDATE and DELETE found its row from the rows the server reports for the batch, not
/// from a <c>SELECT ROW_COUNT()</c> after each (kernel <c>Data/RowsAffected</c>): a stale row must still fail the whole save.
/// </summary>
public sealed class RowsAffectedTests(MariaDbPortalFactory factory) : IClassFixture<MariaDbPortalFactory>
{
    [Fact]
    public async Task A_save_with_one_stale_row_fails_names_that_row_and_writes_nothing()
    {
        var (fresh, stale) = (await AddInstanceAsync(), await AddInstanceAsync());
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var instances = db.Set<WorkflowInstance>().IgnoreQueryFilters();
        var first = await instances.SingleAsync(i => i.Id == fresh);
        var second = await instances.SingleAsync(i => i.Id == stale);
        await ChangeElsewhereAsync(stale);

        first.ActiveElementIds = "|Changed|";
        second.ActiveElementIds = "|Changed|";
        db.Add(new JournalEntry { InstanceId = fresh, Kind = "Test", Time = DateTime.UtcNow });
        var failure = await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());

        Assert.Contains(failure.Entries, e => e.Entity == second);
        await using var check = factory.Services.CreateAsyncScope();
        var read = check.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal("|Start|", await read.Set<WorkflowInstance>().IgnoreQueryFilters().Where(i => i.Id == fresh).Select(i => i.ActiveElementIds).SingleAsync());
        Assert.False(await read.Set<JournalEntry>().IgnoreQueryFilters().AnyAsync(j => j.InstanceId == fresh));
    }

    [Fact]
    public async Task A_save_of_current_rows_goes_through_without_a_row_count_query()
    {
        var id = await AddInstanceAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.Database.OpenConnectionAsync();
        var instance = await db.Set<WorkflowInstance>().IgnoreQueryFilters().SingleAsync(i => i.Id == id);
        instance.ActiveElementIds = "|Next|";
        db.Add(new JournalEntry { InstanceId = id, Kind = "Test", Time = DateTime.UtcNow });
        var selects = await SelectsRunAsync(db);

        await db.SaveChangesAsync();

        Assert.Equal(selects, await SelectsRunAsync(db));
        db.ChangeTracker.Clear();
        Assert.Equal("|Next|", (await db.Set<WorkflowInstance>().IgnoreQueryFilters().SingleAsync(i => i.Id == id)).ActiveElementIds);
    }

    [Fact]
    public async Task A_stale_row_saved_together_with_a_delete_still_fails_and_deletes_nothing()
    {
        var id = await AddInstanceAsync();
        Guid lineId;
        await using (var seed = factory.Services.CreateAsyncScope())
        {
            var seeding = seed.ServiceProvider.GetRequiredService<PortalDbContext>();
            var line = new JournalEntry { InstanceId = id, Kind = "Test", Time = DateTime.UtcNow };
            seeding.Add(line);
            await seeding.SaveChangesAsync();
            lineId = line.Id;
        }
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var instance = await db.Set<WorkflowInstance>().IgnoreQueryFilters().SingleAsync(i => i.Id == id);
        var journal = await db.Set<JournalEntry>().IgnoreQueryFilters().SingleAsync(j => j.Id == lineId);
        await ChangeElsewhereAsync(id);

        // On MariaDB the DELETE returns rows (RETURNING): had its row counted with the UPDATE's, the stale UPDATE would pass.
        db.Remove(journal);
        instance.ActiveElementIds = "|Changed|";
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());

        await using var check = factory.Services.CreateAsyncScope();
        Assert.True(await check.ServiceProvider.GetRequiredService<PortalDbContext>().Set<JournalEntry>().IgnoreQueryFilters().AnyAsync(j => j.Id == lineId));
    }

    [Fact]
    public async Task A_stale_row_saved_together_with_a_row_that_reads_back_its_key_still_fails()
    {
        var name = $"rows-{Guid.NewGuid():N}";
        await using (var seed = factory.Services.CreateAsyncScope())
        {
            var seeding = seed.ServiceProvider.GetRequiredService<PortalDbContext>();
            seeding.Users.Add(new PortalUser { UserName = name, NormalizedUserName = name.ToUpperInvariant(), SecurityStamp = "s" });
            await seeding.SaveChangesAsync();
        }
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.IgnoreQueryFilters().SingleAsync(u => u.UserName == name);
        await using (var other = factory.Services.CreateAsyncScope())
        {
            var elsewhere = other.ServiceProvider.GetRequiredService<PortalDbContext>();
            var same = await elsewhere.Users.IgnoreQueryFilters().SingleAsync(u => u.UserName == name);
            same.DisplayName = "Elsewhere";
            same.ConcurrencyStamp = Guid.NewGuid().ToString();
            await elsewhere.SaveChangesAsync();
        }

        // Identity's claim rows have a database-generated key, read back after their INSERT, whose row the server also
        // counts: in one batch with the stale UPDATE the counts would still add up.
        db.UserClaims.Add(new IdentityUserClaim<Guid> { UserId = user.Id, ClaimType = "test", ClaimValue = "x" });
        user.DisplayName = "Here";
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());

        await using var check = factory.Services.CreateAsyncScope();
        var read = check.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.Equal("Elsewhere", await read.Users.IgnoreQueryFilters().Where(u => u.Id == user.Id).Select(u => u.DisplayName).SingleAsync());
        Assert.False(await read.UserClaims.AnyAsync(c => c.UserId == user.Id));
    }

    [Fact]
    public async Task Deleting_a_row_that_is_already_gone_fails()
    {
        var id = await AddInstanceAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var instance = await db.Set<WorkflowInstance>().IgnoreQueryFilters().SingleAsync(i => i.Id == id);
        await using (var other = factory.Services.CreateAsyncScope())
        {
            await other.ServiceProvider.GetRequiredService<PortalDbContext>().Set<WorkflowInstance>().IgnoreQueryFilters()
                .Where(i => i.Id == id).ExecuteDeleteAsync();
        }

        db.Remove(instance);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
    }

    private Task<Guid> AddInstanceAsync() => InstanceRows.AddAsync(factory.Services, "rows-affected");

    private Task ChangeElsewhereAsync(Guid id) => InstanceRows.ChangeElsewhereAsync(factory.Services, id);

    /// <summary>SELECT statements this connection's session has run (the server's Com_select; SHOW STATUS is not one).</summary>
    private static async Task<long> SelectsRunAsync(PortalDbContext db)
    {
        var connection = (MySqlConnection)db.Database.GetDbConnection();
        await using var command = new MySqlCommand("SHOW SESSION STATUS LIKE 'Com_select'", connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return long.Parse(reader.GetString(1), System.Globalization.CultureInfo.InvariantCulture);
    }
}
