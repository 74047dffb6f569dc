using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.AuditLogging.Application;

namespace SafetyPortal.AuditLogging.Areas.AuditLogging.Pages.AuditLogs;

/// <summary>One entry: the request, its outcome and every entity it changed, old → new. Another town's entry is a 404.</summary>
[Authorize(Policy = AuditLoggingPermissions.AuditLogs.Default)]
public sealed class DetailModel(ReadAuditLogs logs) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public AuditLogDetailDto Log { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Log = await logs.GetAsync(Id, cancellationToken);
}
