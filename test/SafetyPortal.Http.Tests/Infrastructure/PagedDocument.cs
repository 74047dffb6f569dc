namespace SafetyPortal.Http.Tests.Infrastructure;

public sealed record PagedDocument<T>(List<T> Items, int TotalCount, int Page, int PageSize, int PageCount);
