using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Learning.Application;

namespace SafetyPortal.Learning.Areas.Learning.Pages.Ledger;

/// <summary>我的学时档案: the signed-in user's credit hours of one year, with the Excel export.</summary>
[Authorize(Policy = LearningPermissions.Courses.Default)]
public sealed class IndexModel(ReadLedger ledger) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public LedgerDto Ledger { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Ledger = await ledger.MineAsync(Year, cancellationToken);
}
