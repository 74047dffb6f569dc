using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Organization.Import;

/// <summary>
/// Writes one batch of checked staff rows in one transaction, on a fresh context: new people become
/// users without a password (they set one by SMS), known people (by ID-card number) get their name,
/// phone, unit, position and role replaced. On MySQL new rows go in as multi-row INSERTs.
/// </summary>
internal sealed class StaffBatchWriter(IServiceScopeFactory scopes, ICurrentTenant currentTenant, IReadOnlyCollection<Guid> importableRoleIds)
{
    /// <summary>Writes the batch or nothing of it; returns how many rows created and updated people.</summary>
    public async Task<(int Created, int Updated)> WriteAsync(IReadOnlyList<StaffRow> batch, CancellationToken cancellationToken)
    {
        await using var outer = scopes.CreateAsyncScope();
        var strategy = outer.ServiceProvider.GetRequiredService<PortalDbContext>().Database.CreateExecutionStrategy();
        // The whole batch is one unit of work: a transient failure retries it on a fresh context.
        return await strategy.ExecuteAsync(() => SqliteBusy.RetryAsync(() => WriteOnceAsync(batch, cancellationToken), cancellationToken));
    }

    private async Task<(int Created, int Updated)> WriteOnceAsync(IReadOnlyList<StaffRow> batch, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = DateTime.UtcNow;
        var userIds = new Dictionary<int, Guid>(batch.Count);
        var updated = await UpdateKnownPeopleAsync(db, batch, userIds, cancellationToken);
        var newUsers = batch.Where(r => r.ExistingUserId is null).Select(r =>
        {
            var user = NewUser(r, now);
            userIds[r.RowNumber] = user.Id;
            return user;
        }).ToList();
        var members = batch.Select(r => new OrganizationUnitMember
        {
            Id = Guid.CreateVersion7(),
            TenantId = currentTenant.Id,
            UserId = userIds[r.RowNumber],
            OrganizationUnitId = r.UnitId,
            Position = r.Position,
            CreationTime = now,
        }).ToList();
        var roles = batch.Select(r => new IdentityUserRole<Guid> { UserId = userIds[r.RowNumber], RoleId = r.RoleId }).ToList();
        if (db.Database.IsMySql())
        {
            await db.SaveChangesAsync(cancellationToken);
            await MySqlBulkLoad.InsertAsync(db, newUsers, cancellationToken);
            await MySqlBulkLoad.InsertAsync(db, members, cancellationToken);
            await MySqlBulkLoad.InsertAsync(db, roles, cancellationToken);
        }
        else
        {
            db.AddRange(newUsers);
            db.AddRange(members);
            db.AddRange(roles);
            await db.SaveChangesAsync(cancellationToken);
        }
        await transaction.CommitAsync(cancellationToken);
        return (newUsers.Count, updated);
    }

    /// <summary>Known people keep their account and user name; their place and enterprise role are replaced by the row's.</summary>
    private async Task<int> UpdateKnownPeopleAsync(PortalDbContext db, IReadOnlyList<StaffRow> batch, Dictionary<int, Guid> userIds, CancellationToken cancellationToken)
    {
        var updates = batch.Where(r => r.ExistingUserId is not null).ToList();
        if (updates.Count == 0)
        {
            return 0;
        }
        var ids = updates.Select(r => r.ExistingUserId!.Value).ToList();
        var users = await db.Set<PortalUser>().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
        foreach (var row in updates)
        {
            var user = users[row.ExistingUserId!.Value];
            user.DisplayName = row.Name;
            user.PhoneNumber = row.Mobile;
            user.ConcurrencyStamp = Guid.NewGuid().ToString();
            userIds[row.RowNumber] = user.Id;
        }
        db.ChangeTracker.DetectChanges();
        await db.Set<OrganizationUnitMember>().Where(m => ids.Contains(m.UserId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<IdentityUserRole<Guid>>().Where(r => ids.Contains(r.UserId) && importableRoleIds.Contains(r.RoleId))
            .ExecuteDeleteAsync(cancellationToken);
        return updates.Count;
    }

    private PortalUser NewUser(StaffRow row, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        TenantId = currentTenant.Id,
        UserName = row.UserName,
        NormalizedUserName = row.UserName.ToUpperInvariant(),
        DisplayName = row.Name,
        PhoneNumber = row.Mobile,
        IdCardNumber = row.IdCardNumber,
        // No password: hashing one for 200,000 people would take hours; they set theirs through the SMS reset.
        PasswordHash = null,
        SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant(),
        ConcurrencyStamp = Guid.NewGuid().ToString(),
        LockoutEnabled = true,
        IsActive = true,
        CreationTime = now,
    };
}
