using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Interop;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Questions;

/// <summary>Upload a Moodle XML, GIFT, Aiken or Excel file and see which questions were stored and which were not, and why.</summary>
[Authorize(Policy = ExamsPermissions.Questions.Manage)]
public sealed class ImportModel(ImportQuestions import, ManageCategories categories, IStringLocalizer<ExamsResource> text) : PageModel
{
    public IReadOnlyList<CategoryDto> Categories { get; private set; } = [];
    public ImportResultDto? Result { get; private set; }

    [BindProperty]
    public QuestionImportFormat Format { get; set; } = QuestionImportFormat.Xlsx;

    [BindProperty]
    public Guid? CategoryId { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Categories = await categories.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        try
        {
            if (file is null || file.Length == 0)
            {
                ModelState.AddModelError("file", text["ImportFileEmpty"]);
            }
            else
            {
                await using var content = new MemoryStream();
                await file.CopyToAsync(content, cancellationToken);
                content.Position = 0;
                Result = await import.RunAsync(content, Format, CategoryId, cancellationToken);
            }
        }
        catch (ValidationException ex)
        {
            foreach (var message in ex.Errors.ToDictionary().SelectMany(e => e.Value))
            {
                ModelState.AddModelError("file", message);
            }
        }
        Categories = await categories.ListAsync(cancellationToken);
        return Page();
    }
}
