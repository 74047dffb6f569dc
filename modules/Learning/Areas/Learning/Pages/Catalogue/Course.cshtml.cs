using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Learning.Application;

namespace SafetyPortal.Learning.Areas.Learning.Pages.Catalogue;

/// <summary>A course as a learner sees it: description, chapters and lessons with their own progress.</summary>
[Authorize(Policy = LearningPermissions.Courses.Default)]
public sealed class CourseModel(ReadCourses read, ReadStudy study) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public CourseDetailDto Course { get; private set; } = null!;
    public IReadOnlyDictionary<Guid, LessonProgressDto> Progress { get; private set; } = new Dictionary<Guid, LessonProgressDto>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Course = await read.GetAsync(Id, cancellationToken);
        Progress = (await study.CourseProgressAsync(Id, cancellationToken)).ToDictionary(p => p.LessonId);
    }

    public Guid? NextLessonId => Course.Chapters.SelectMany(c => c.Lessons)
        .FirstOrDefault(l => Progress.GetValueOrDefault(l.Id)?.CompletedTime is null)?.Id
        ?? Course.Chapters.SelectMany(c => c.Lessons).FirstOrDefault()?.Id;
}
