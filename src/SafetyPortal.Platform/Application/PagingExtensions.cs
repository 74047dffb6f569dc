using Microsoft.EntityFrameworkCore;

namespace SafetyPortal.Platform.Application;

public static class PagingExtensions
{
    /// <summary>Counts, then reads one page on the server; the query must already be ordered.</summary>
    public static async Task<PagedResult<T>> ToPagedResultAsync<T>(
        this IQueryable<T> query, PageRequest request, CancellationToken cancellationToken = default)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip(request.Skip).Take(request.SafePageSize).ToListAsync(cancellationToken);
        return new PagedResult<T>(items, total, request.SafePage, request.SafePageSize);
    }
}
