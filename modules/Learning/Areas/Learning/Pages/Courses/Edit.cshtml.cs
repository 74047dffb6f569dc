using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Learning.Application;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Learning.Areas.Learning.Pages.Courses;

/// <summary>One course: its fields and cover, chapters and lessons (add, move, delete), publishing.</summary>
[Authorize(Policy = LearningPermissions.Courses.Manage)]
public sealed class EditModel(ReadCourses read, ManageCourses courses, ManageLessons lessons, CourseMedia media, IStringLocalizer<LearningResource> text)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public CourseForm Input { get; set; } = new();

    public CourseDetailDto? Course { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            Course = await read.GetAsync(id, cancellationToken);
            if (!Course.CanEdit)
            {
                return Forbid();
            }
            Input = CourseForm.From(Course);
        }
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => RunAsync(async () =>
    {
        var saved = Id is { } id
            ? await courses.UpdateAsync(id, Input.ToRequest(), cancellationToken)
            : await courses.CreateAsync(Input.ToRequest(), cancellationToken);
        return RedirectToPage(new { id = saved.Id });
    }, nameof(Input), cancellationToken);

    public Task<IActionResult> OnPostCoverAsync(IFormFile? cover, CancellationToken cancellationToken) => RunAsync(async () =>
    {
        if (cover is null)
        {
            ModelState.AddModelError("cover", text["UploadMissing"]);
            return await ShowAsync(cancellationToken);
        }
        await using var content = cover.OpenReadStream();
        await media.UploadCoverAsync(Id!.Value, new MediaUpload(cover.FileName, content), cancellationToken);
        return RedirectToPage(new { id = Id });
    }, "", cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(bool publish, CancellationToken cancellationToken) => RunAsync(async () =>
    {
        await courses.PublishAsync(Id!.Value, publish, cancellationToken);
        return RedirectToPage(new { id = Id });
    }, "", cancellationToken);

    public Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken) => RunAsync(async () =>
    {
        await courses.DeleteAsync(Id!.Value, cancellationToken);
        return RedirectToPage("Index");
    }, "", cancellationToken);

    public Task<IActionResult> OnPostAddChapterAsync(string? chapterTitle, CancellationToken cancellationToken) => RunAsync(async () =>
    {
        await lessons.AddChapterAsync(Id!.Value, new SaveChapterRequest(chapterTitle), cancellationToken);
        return RedirectToPage(new { id = Id });
    }, "chapterTitle", cancellationToken);

    public Task<IActionResult> OnPostAddLessonAsync(Guid chapterId, string? lessonTitle, LessonKind kind, CancellationToken cancellationToken) => RunAsync(async () =>
    {
        var body = kind == LessonKind.RichText ? lessonTitle : null;
        var lesson = await lessons.AddLessonAsync(chapterId, new SaveLessonRequest(lessonTitle, kind, body), cancellationToken);
        return RedirectToPage("Lesson", new { id = lesson.Id });
    }, "lessonTitle", cancellationToken);

    public Task<IActionResult> OnPostDeleteChapterAsync(Guid chapterId, CancellationToken cancellationToken) => RunAsync(async () =>
    {
        await lessons.DeleteChapterAsync(chapterId, cancellationToken);
        return RedirectToPage(new { id = Id });
    }, "", cancellationToken);

    public Task<IActionResult> OnPostDeleteLessonAsync(Guid lessonId, CancellationToken cancellationToken) => RunAsync(async () =>
    {
        await lessons.DeleteLessonAsync(lessonId, cancellationToken);
        return RedirectToPage(new { id = Id });
    }, "", cancellationToken);

    /// <summary>Moves a chapter (no lesson id) or a lesson one place up (-1) or down (+1).</summary>
    public Task<IActionResult> OnPostMoveAsync(Guid? chapterId, Guid? lessonId, int step, CancellationToken cancellationToken) => RunAsync(async () =>
    {
        var course = await read.GetAsync(Id!.Value, cancellationToken);
        await lessons.ReorderAsync(course.Id, CourseOrder.Move(course, chapterId, lessonId, step), cancellationToken);
        return RedirectToPage(new { id = Id });
    }, "", cancellationToken);

    private Task<IActionResult> RunAsync(Func<Task<IActionResult>> action, string prefix, CancellationToken cancellationToken) =>
        ModelState.RunAsync(action, prefix, text["ChangedMeanwhile"], () => ShowAsync(cancellationToken));

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            Course = await read.GetAsync(id, cancellationToken);
        }
        return Page();
    }
}
