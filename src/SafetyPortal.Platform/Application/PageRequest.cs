namespace SafetyPortal.Platform.Application;

/// <summary>A page of a list, 1-based, with an optional search text. PageSize is clamped to 1..MaxPageSize.</summary>
public sealed record PageRequest(int Page = 1, int PageSize = PageRequest.DefaultPageSize, string? Search = null)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 200;

    public int SafePage => Math.Max(1, Page);
    public int SafePageSize => Math.Clamp(PageSize, 1, MaxPageSize);
    public int Skip => (SafePage - 1) * SafePageSize;
    public string? SearchText => string.IsNullOrWhiteSpace(Search) ? null : Search.Trim();
}
