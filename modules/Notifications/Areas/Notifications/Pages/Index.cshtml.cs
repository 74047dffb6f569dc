using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Notifications.Application;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Notifications.Areas.Notifications.Pages;

/// <summary>通知中心: all of the user's notices, newest first, with filters; opening one marks it read.</summary>
[Authorize(Policy = NotificationsPermissions.Notices.Default)]
public sealed class IndexModel(MyNotifications notices) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public bool UnreadOnly { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<NotificationDto> Result { get; private set; } = new([], 0, 1, PageRequest.DefaultPageSize);
    public IReadOnlyList<string> Kinds { get; private set; } = [];
    public int Unread { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await notices.ListAsync(new PageRequest(PageNumber), new NotificationFilter(UnreadOnly, Kind), cancellationToken);
        Kinds = await notices.KindsAsync(cancellationToken);
        Unread = (await notices.UnreadCountAsync(cancellationToken)).Unread;
    }

    /// <summary>Marks the notice read and opens its page (or comes back here when it has none).</summary>
    public async Task<IActionResult> OnPostOpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var notice = await notices.MarkReadAsync(id, cancellationToken);
        return notice.Url is { } url && Url.IsLocalUrl(url) ? LocalRedirect(url) : BackHere();
    }

    public async Task<IActionResult> OnPostReadAsync(Guid id, CancellationToken cancellationToken)
    {
        await notices.MarkReadAsync(id, cancellationToken);
        return BackHere();
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        await notices.MarkAllReadAsync(cancellationToken);
        return BackHere();
    }

    /// <summary>Back to the list as it was filtered. Built by hand: "page" is the route value that names the Razor page.</summary>
    private LocalRedirectResult BackHere()
    {
        var query = new Dictionary<string, string?>();
        if (UnreadOnly)
        {
            query["unreadOnly"] = "true";
        }
        if (!string.IsNullOrWhiteSpace(Kind))
        {
            query["kind"] = Kind;
        }
        if (PageNumber > 1)
        {
            query["page"] = PageNumber.ToString(CultureInfo.InvariantCulture);
        }
        return LocalRedirect(Request.PathBase + Request.Path + QueryString.Create(query));
    }
}
