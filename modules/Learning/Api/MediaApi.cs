using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using SafetyPortal.Learning.Application;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Learning.Api;

/// <summary>
/// Uploads (multipart field "file") and downloads of course covers and lesson files. Downloads answer byte ranges,
/// so a video seeks and resumes and a PDF viewer reads pages as it needs them.
/// </summary>
public static class MediaApi
{
    /// <summary>Request bodies up to this size reach the upload code; the module's settings set the real limit per kind.</summary>
    private const long LargestUpload = 2L * 1024 * 1024 * 1024;

    public static IEndpointRouteBuilder MapMediaApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/learning").WithTags("Learning").RequireAuthorization(LearningPermissions.Courses.Default);
        group.MapGet("/courses/{id:guid}/cover", async (Guid id, CourseMedia media, CancellationToken ct) =>
                await media.OpenCoverAsync(id, ct) is { } found ? Serve(found.File.ContentType, found.Content) : Results.NotFound())
            .WithName("GetCourseCover").Produces(StatusCodes.Status200OK, contentType: "image/jpeg");
        group.MapGet("/lessons/{id:guid}/media", async (Guid id, CourseMedia media, CancellationToken ct) =>
                await media.OpenLessonFileAsync(id, ct) is { } found ? Serve(found.File.ContentType, found.Content) : Results.NotFound())
            .WithName("GetLessonMedia").Produces(StatusCodes.Status200OK, contentType: "video/mp4").Produces(StatusCodes.Status206PartialContent);

        var manage = group.MapGroup("").RequireAuthorization(LearningPermissions.Courses.Manage);
        manage.MapPost("/courses/{id:guid}/cover", async (Guid id, HttpContext http, CourseScope scope, CourseMedia media,
                IStringLocalizer<LearningResource> text, CancellationToken ct) =>
            {
                await scope.FindEditableAsync(id, ct);
                return Results.Ok(await media.UploadCoverAsync(id, await ReadUploadAsync(http, text, ct), ct));
            })
            .WithName("UploadCourseCover").WithSummary("multipart/form-data, field \"file\"").ProducesValidationProblem();
        manage.MapPost("/lessons/{id:guid}/file", async (Guid id, HttpContext http, ManageLessons lessons, CourseMedia media,
                IStringLocalizer<LearningResource> text, CancellationToken ct) =>
            {
                await lessons.FindLessonAsync(id, ct);
                return Results.Ok(await media.UploadLessonFileAsync(id, await ReadUploadAsync(http, text, ct), ct));
            })
            .WithName("UploadLessonFile").WithSummary("multipart/form-data, field \"file\"").ProducesValidationProblem();
        return endpoints;
    }

    private static IResult Serve(string contentType, Stream content) =>
        Results.File(content, contentType, enableRangeProcessing: true);

    /// <summary>
    /// The form's "file", read only after the route's record was found (so another town's id answers 404 whatever is sent).
    /// Browser sessions (cookies) must send the antiforgery token; bearer-token clients are not open to cross-site posts.
    /// </summary>
    private static async Task<MediaUpload> ReadUploadAsync(HttpContext http, IStringLocalizer text, CancellationToken ct)
    {
        if (!http.Request.HasFormContentType)
        {
            throw ValidationException.For("file", text["UploadMissing"]);
        }
        // Before anything reads the form (the antiforgery check does): the module's settings, not these, limit each kind.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = LargestUpload;
        }
        http.Features.Set<IFormFeature>(new FormFeature(http.Request, new FormOptions { MultipartBodyLengthLimit = LargestUpload }));
        if (!http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            try
            {
                await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            }
            catch (AntiforgeryValidationException)
            {
                throw ValidationException.For("__RequestVerificationToken", text["AntiforgeryInvalid"]);
            }
        }
        var form = await http.Request.ReadFormAsync(ct);
        var file = form.Files.GetFile("file") ?? throw ValidationException.For("file", text["UploadMissing"]);
        return new MediaUpload(file.FileName, file.OpenReadStream());
    }
}
