using SafetyPortal.Platform.Application;

namespace SafetyPortal.AuditLogging.Application;

/// <summary>
/// What to look for in the audit log, and which page. Texts match anywhere in the field, ignoring case.
/// From (inclusive) and To (exclusive) are instants: give an offset, e.g. 2026-11-29T00:00:00+08:00, or Z for UTC.
/// Town narrows the bureau's list to towns whose name contains the text.
/// </summary>
public sealed record AuditLogFilter(
    string? UserName = null,
    string? Url = null,
    string? HttpMethod = null,
    string? EntityType = null,
    int? StatusCode = null,
    bool? HasError = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Town = null,
    int Page = 1,
    int PageSize = PageRequest.DefaultPageSize)
{
    public PageRequest PageRequest => new(Page, PageSize);
}
