using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.AuditLogging.Application;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.AuditLogging.Areas.AuditLogging.Pages.AuditLogs;

/// <summary>The audit log, newest first, with filters; the bureau also sees which town each entry belongs to.</summary>
[Authorize(Policy = AuditLoggingPermissions.AuditLogs.Default)]
public sealed class IndexModel(ReadAuditLogs logs, ICurrentTenant currentTenant) : PageModel
{
    public IReadOnlyList<string> Methods { get; } = ["POST", "PUT", "PATCH", "DELETE", "GET"];

    [BindProperty(SupportsGet = true)]
    public string? UserName { get; set; }

    /// <summary>Named so because PageModel.Url is the URL helper.</summary>
    [BindProperty(Name = "url", SupportsGet = true)]
    public string? UrlText { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? HttpMethod { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? EntityType { get; set; }

    /// <summary>Named so because PageModel.StatusCode() answers with a status.</summary>
    [BindProperty(Name = "statusCode", SupportsGet = true)]
    public int? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? HasError { get; set; }

    /// <summary>A day in China time, inclusive.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    /// <summary>A day in China time, inclusive.</summary>
    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Town { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<AuditLogListItemDto> Result { get; private set; } = new([], 0, 1, PageRequest.DefaultPageSize);

    /// <summary>The bureau reads every town's entries, so its list says whose each one is.</summary>
    public bool ShowTown => !currentTenant.IsAvailable;

    public bool HasMoreFilters =>
        !string.IsNullOrWhiteSpace(HttpMethod) || !string.IsNullOrWhiteSpace(EntityType) || Status is not null
        || From is not null || To is not null || !string.IsNullOrWhiteSpace(Town);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var filter = new AuditLogFilter(
            UserName, UrlText, HttpMethod, EntityType, Status, HasError,
            From is { } from ? StartOfChinaDay(from) : null,
            To is { } to ? StartOfChinaDay(to.AddDays(1)) : null,
            ShowTown ? Town : null,
            PageNumber);
        Result = await logs.ListAsync(filter, cancellationToken);
    }

    private static DateTimeOffset StartOfChinaDay(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), LocalTimeTagHelper.ChinaTime));
}
