namespace SafetyPortal.Platform.Application;

/// <summary>One page of a list and the size of the whole list.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int TotalCount, int Page, int PageSize) : IPagedResult
{
    public int PageCount => TotalCount == 0 ? 1 : (TotalCount + PageSize - 1) / PageSize;
}
