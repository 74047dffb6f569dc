using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Auditing;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.AuditLogging.Application;

/// <summary>Lists and reads audit log entries: a town its own (the town filter), the bureau every town's.</summary>
public sealed class ReadAuditLogs(PortalDbContext db, ICurrentTenant currentTenant)
{
    public Task<PagedResult<AuditLogListItemDto>> ListAsync(AuditLogFilter filter, CancellationToken cancellationToken = default)
    {
        var query = Visible();
        if (Text(filter.UserName) is { } userName)
        {
            query = query.Where(a => a.UserName != null && EF.Functions.Like(a.UserName, Pattern(userName), Escape));
        }
        if (Text(filter.Url) is { } url)
        {
            query = query.Where(a => EF.Functions.Like(a.Url, Pattern(url), Escape));
        }
        if (Text(filter.HttpMethod) is { } method)
        {
            var upper = method.ToUpperInvariant();
            query = query.Where(a => a.HttpMethod == upper);
        }
        if (Text(filter.EntityType) is { } entityType)
        {
            query = query.Where(a => a.EntityChanges.Any(c => EF.Functions.Like(c.EntityTypeFullName, Pattern(entityType), Escape)));
        }
        if (filter.StatusCode is { } status)
        {
            query = query.Where(a => a.HttpStatusCode == status);
        }
        if (filter.HasError is { } hasError)
        {
            query = hasError ? query.Where(IsFailed) : query.Where(Succeeded);
        }
        if (filter.From is { } from)
        {
            var fromUtc = from.UtcDateTime;
            query = query.Where(a => a.ExecutionTime >= fromUtc);
        }
        if (filter.To is { } to)
        {
            var toUtc = to.UtcDateTime;
            query = query.Where(a => a.ExecutionTime < toUtc);
        }
        if (Text(filter.Town) is { } town)
        {
            query = query.Where(a => a.TenantName != null && EF.Functions.Like(a.TenantName, Pattern(town), Escape));
        }
        return query
            .OrderByDescending(a => a.ExecutionTime).ThenByDescending(a => a.Id)
            .Select(a => new AuditLogListItemDto(
                a.Id, a.ExecutionTime, a.TenantId, a.TenantName, a.UserId, a.UserName, a.HttpMethod, a.Url,
                a.HttpStatusCode, a.DurationMs, a.HasException, a.HasException || a.HttpStatusCode >= 400,
                a.ClientIpAddress, a.EntityChanges.Count, a.ImpersonatorUserId))
            .ToPagedResultAsync(filter.PageRequest, cancellationToken);
    }

    public async Task<AuditLogDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var log = await Visible()
            .Include(a => a.EntityChanges).ThenInclude(c => c.PropertyChanges)
            .AsSplitQuery()
            .FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(AuditLog), id);
        var changes = log.EntityChanges
            .OrderBy(c => c.ChangeTime).ThenBy(c => c.EntityTypeFullName).ThenBy(c => c.EntityId)
            .Select(c => new EntityChangeDto(c.Id, c.ChangeTime, c.ChangeType, c.EntityTypeFullName, c.EntityId,
                [.. c.PropertyChanges.OrderBy(p => p.PropertyName, StringComparer.Ordinal)
                    .Select(p => new EntityPropertyChangeDto(p.PropertyName, p.OriginalValue, p.NewValue))]))
            .ToList();
        var impersonator = log.ImpersonatorUserId is { } impersonatorId
            ? await db.Set<PortalUser>().IgnoreQueryFilters().AsNoTracking()
                .Where(u => u.Id == impersonatorId && u.TenantId == null)
                .Select(u => u.DisplayName + " (" + u.UserName + ")").FirstOrDefaultAsync(cancellationToken)
            : null;
        return new AuditLogDetailDto(log.Id, log.ExecutionTime, log.TenantId, log.TenantName, log.UserId, log.UserName,
            log.ImpersonatorUserId, impersonator, log.HttpMethod, log.Url, log.ClientIpAddress, log.DurationMs, log.HttpStatusCode,
            log.HasException, log.HasException || log.HttpStatusCode >= 400, log.ExceptionMessage, changes);
    }

    /// <summary>
    /// A town reads through the town filter. The bureau (no current town) reads every town's entries: the one
    /// host-only scope where this module lifts the filter, and only for the audit tables.
    /// </summary>
    private IQueryable<AuditLog> Visible()
    {
        var logs = db.Set<AuditLog>().AsNoTracking();
        return currentTenant.IsAvailable ? logs : logs.IgnoreQueryFilters();
    }

    private const string Escape = "\\";

    private static readonly Expression<Func<AuditLog, bool>> IsFailed = a => a.HasException || a.HttpStatusCode >= 400;

    private static readonly Expression<Func<AuditLog, bool>> Succeeded =
        a => !a.HasException && (a.HttpStatusCode == null || a.HttpStatusCode < 400);

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>"%text%" with LIKE's wildcards taken literally; LIKE ignores case on both SQLite and MySQL.</summary>
    private static string Pattern(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
