using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Learning.Application;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Learning.Api;

/// <summary>/api/learning/courses, /chapters, /lessons: writing courses; /api/learning/catalogue: what learners may study.</summary>
public static class CoursesApi
{
    public static IEndpointRouteBuilder MapCoursesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/learning").WithTags("Learning").RequireAuthorization(LearningPermissions.Courses.Default);
        group.MapGet("/catalogue", (ReadCourses read, [AsParameters] PageRequest page, [AsParameters] CourseFilter filter, CancellationToken ct) =>
            read.CatalogueAsync(page, filter, ct)).WithName("ListLearningCatalogue");
        group.MapGet("/courses/{id:guid}", (Guid id, ReadCourses read, CancellationToken ct) => read.GetAsync(id, ct)).WithName("GetCourse");

        var manage = group.MapGroup("").RequireAuthorization(LearningPermissions.Courses.Manage);
        manage.MapGet("/courses", (ReadCourses read, [AsParameters] PageRequest page, [AsParameters] CourseFilter filter, CancellationToken ct) =>
            read.EditableAsync(page, filter, ct)).WithName("ListCourses");
        manage.MapPost("/courses", async Task<Created<CourseDetailDto>> (SaveCourseRequest request, ManageCourses courses, CancellationToken ct) =>
            {
                var created = await courses.CreateAsync(request, ct);
                return TypedResults.Created($"/api/learning/courses/{created.Id}", created);
            }).WithName("CreateCourse").ProducesValidationProblem();
        manage.MapPut("/courses/{id:guid}", (Guid id, SaveCourseRequest request, ManageCourses courses, CancellationToken ct) =>
            courses.UpdateAsync(id, request, ct)).WithName("UpdateCourse").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        manage.MapDelete("/courses/{id:guid}", async (Guid id, ManageCourses courses, CancellationToken ct) =>
            {
                await courses.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            }).WithName("DeleteCourse").ProducesValidationProblem();
        manage.MapPost("/courses/{id:guid}/publish", (Guid id, ManageCourses courses, CancellationToken ct) => courses.PublishAsync(id, true, ct))
            .WithName("PublishCourse").ProducesValidationProblem();
        manage.MapPost("/courses/{id:guid}/unpublish", (Guid id, ManageCourses courses, CancellationToken ct) => courses.PublishAsync(id, false, ct))
            .WithName("UnpublishCourse");
        manage.MapPut("/courses/{id:guid}/order", (Guid id, ReorderRequest request, ManageLessons lessons, CancellationToken ct) =>
            lessons.ReorderAsync(id, request, ct)).WithName("ReorderCourse").ProducesValidationProblem();
        manage.MapPost("/courses/{id:guid}/chapters", (Guid id, SaveChapterRequest request, ManageLessons lessons, CancellationToken ct) =>
            lessons.AddChapterAsync(id, request, ct)).WithName("AddChapter").ProducesValidationProblem();
        manage.MapPut("/chapters/{id:guid}", (Guid id, SaveChapterRequest request, ManageLessons lessons, CancellationToken ct) =>
            lessons.RenameChapterAsync(id, request, ct)).WithName("RenameChapter").ProducesValidationProblem();
        manage.MapDelete("/chapters/{id:guid}", (Guid id, ManageLessons lessons, CancellationToken ct) => lessons.DeleteChapterAsync(id, ct))
            .WithName("DeleteChapter");
        manage.MapPost("/chapters/{id:guid}/lessons", async Task<Created<LessonDto>> (Guid id, SaveLessonRequest request, ManageLessons lessons,
                CancellationToken ct) =>
            {
                var created = await lessons.AddLessonAsync(id, request, ct);
                return TypedResults.Created($"/api/learning/lessons/{created.Id}", created);
            }).WithName("AddLesson").ProducesValidationProblem();
        manage.MapPut("/lessons/{id:guid}", (Guid id, SaveLessonRequest request, ManageLessons lessons, CancellationToken ct) =>
            lessons.UpdateLessonAsync(id, request, ct)).WithName("UpdateLesson").ProducesValidationProblem();
        manage.MapDelete("/lessons/{id:guid}", (Guid id, ManageLessons lessons, CancellationToken ct) => lessons.DeleteLessonAsync(id, ct))
            .WithName("DeleteLesson");
        return endpoints;
    }
}
