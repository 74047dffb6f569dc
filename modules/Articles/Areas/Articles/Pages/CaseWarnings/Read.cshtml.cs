using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Articles.CaseWarnings;

namespace SafetyPortal.Articles.Areas.Articles.Pages.CaseWarnings;

/// <summary>The reading page (phone first): opening it records the reader's first open; the page reports reaching the end.</summary>
[Authorize(Policy = ArticlesPermissions.CaseWarnings.Default)]
public sealed class ReadModel(ReadCaseWarnings read, RecordReading reading) : PageModel
{
    public CaseWarningDto Article { get; private set; } = null!;

    public ReadingReceiptDto Receipt { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Receipt = await reading.OpenAsync(id, cancellationToken);
        Article = await read.GetAsync(id, cancellationToken);
    }
}
