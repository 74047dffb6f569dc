using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Learning.Application;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Learning.Areas.Learning.Pages.Courses;

/// <summary>One lesson: title, kind, body (Markdown or HTML, sanitised), credit hours, minimum time, and its video or PDF.</summary>
[Authorize(Policy = LearningPermissions.Courses.Manage)]
[RequestSizeLimit(2L * 1024 * 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = 2L * 1024 * 1024 * 1024)]
public sealed class LessonModel(ReadStudy study, ManageLessons lessons, CourseMedia media, IStringLocalizer<LearningResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public LessonForm Input { get; set; } = new();

    public PlayerLessonDto? Lesson { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await lessons.FindLessonAsync(Id, cancellationToken);
        Lesson = await study.LessonAsync(Id, cancellationToken);
        Input = LessonForm.From(Lesson.Lesson);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await lessons.UpdateLessonAsync(Id, Input.ToRequest(), cancellationToken);
            return RedirectToPage(new { id = Id });
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, nameof(Input));
        }
        Lesson = await study.LessonAsync(Id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostFileAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        try
        {
            if (file is null)
            {
                throw ValidationException.For("file", text["UploadMissing"]);
            }
            await using var content = file.OpenReadStream();
            await media.UploadLessonFileAsync(Id, new MediaUpload(file.FileName, content), cancellationToken);
            return RedirectToPage(new { id = Id });
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, "");
        }
        Lesson = await study.LessonAsync(Id, cancellationToken);
        Input = LessonForm.From(Lesson.Lesson);
        return Page();
    }
}
