using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Articles.CaseWarnings;
using SafetyPortal.Articles.Related;

namespace SafetyPortal.Articles.Areas.Articles.Pages.CaseWarnings;

/// <summary>
/// The reading page (phone first): opening it records the reader's first open; the page reports reaching the end; below
/// the article, the courses and a short quiz on its risk categories.
/// </summary>
[Authorize(Policy = ArticlesPermissions.CaseWarnings.Default)]
public sealed class ReadModel(ReadCaseWarnings read, RecordReading reading, RelatedLearning related) : PageModel
{
    public CaseWarningDto Article { get; private set; } = null!;

    public ReadingReceiptDto Receipt { get; private set; } = null!;

    /// <summary>Courses and a short quiz on the article's risk categories (关联学习).</summary>
    public RelatedLearningDto Related { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Receipt = await reading.OpenAsync(id, cancellationToken);
        Article = await read.GetAsync(id, cancellationToken);
        Related = await related.ForRiskCategoriesAsync(Article.RiskCategories, cancellationToken);
    }
}
