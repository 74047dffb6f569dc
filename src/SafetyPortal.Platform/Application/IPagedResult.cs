namespace SafetyPortal.Platform.Application;

/// <summary>Paging facts of a list, for the shared pager.</summary>
public interface IPagedResult
{
    int TotalCount { get; }
    int Page { get; }
    int PageSize { get; }
    int PageCount { get; }
}
