using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SafetyPortal.Workflows.Areas.Workflows.Pages.Tasks;

/// <summary>The task inbox (client/src/inbox.js over /api/workflows/tasks): my tasks and my groups' tasks.</summary>
[Authorize(Policy = WorkflowsPermissions.Tasks.Default)]
public sealed class IndexModel : PageModel;
