using System.Globalization;
using SafetyPortal.Platform.Identity;
using Microsoft.Extensions.Localization;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Files;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Learning.Application;

/// <summary>
/// Cover images and lesson files through the kernel's file store. The content's first bytes decide what a file is
/// (a renamed script is no image); sizes are limited by the module's settings; names never become paths.
/// </summary>
public sealed class CourseMedia(PortalDbContext db, CourseScope scope, ManageLessons lessons, SignedInUser user, IFileStore files,
    ISettingProvider settings, ReadCourses read, IStringLocalizer<LearningResource> text)
{
    public const string CoverContainer = "learning/covers";
    public const string MediaContainer = "learning/media";
    private const long Megabyte = 1024 * 1024;

    public async Task<CourseDetailDto> UploadCoverAsync(Guid courseId, MediaUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var course = await scope.FindEditableAsync(courseId, cancellationToken);
        await CheckKindAsync(upload, FileSignatures.IsImage, "UploadNotImage", cancellationToken);
        var stored = await SaveAsync(CoverContainer, upload, LearningSettings.MaxCoverMegabytes, 5, cancellationToken);
        var previous = course.CoverFileId;
        course.CoverFileId = stored.Id;
        await db.SaveChangesAsync(cancellationToken);
        await DeleteQuietlyAsync(CoverContainer, previous, cancellationToken);
        return await read.GetAsync(courseId, cancellationToken);
    }

    /// <summary>The video (mp4, webm) of a video lesson or the PDF of a document lesson.</summary>
    public async Task<LessonDto> UploadLessonFileAsync(Guid lessonId, MediaUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var (course, lesson) = await lessons.FindLessonAsync(lessonId, cancellationToken);
        var stored = lesson.Kind switch
        {
            LessonKind.Video => await CheckedSaveAsync(upload, FileSignatures.IsVideo, "UploadNotVideo", LearningSettings.MaxVideoMegabytes, 500, cancellationToken),
            LessonKind.Document => await CheckedSaveAsync(upload, k => k == FileKind.Pdf, "UploadNotPdf", LearningSettings.MaxDocumentMegabytes, 50, cancellationToken),
            _ => throw ValidationException.For("file", text["UploadNotForRichText"]),
        };
        var previous = lesson.FileId;
        lesson.FileId = stored.Id;
        lesson.FileName = stored.Name.Length > 255 ? stored.Name[..255] : stored.Name;
        course.ConcurrencyStamp = Guid.NewGuid().ToString("N");
        await db.SaveChangesAsync(cancellationToken);
        await DeleteQuietlyAsync(MediaContainer, previous, cancellationToken);
        return lesson.ToDto();
    }

    /// <summary>The cover of a course the user may read, or null when it has none.</summary>
    public async Task<(StoredFile File, Stream Content)?> OpenCoverAsync(Guid courseId, CancellationToken cancellationToken)
    {
        var course = await scope.FindReadableAsync(courseId, await user.IsGrantedAsync(LearningPermissions.Courses.Manage), cancellationToken);
        return await OpenAsync(CoverContainer, course.CoverFileId, course.TenantId, cancellationToken);
    }

    /// <summary>The video or PDF of a lesson the user may read, or null when it has none.</summary>
    public async Task<(StoredFile File, Stream Content)?> OpenLessonFileAsync(Guid lessonId, CancellationToken cancellationToken)
    {
        var (lesson, course) = await scope.FindReadableLessonAsync(lessonId, await user.IsGrantedAsync(LearningPermissions.Courses.Manage), cancellationToken);
        return await OpenAsync(MediaContainer, lesson.FileId, course.TenantId, cancellationToken);
    }

    private async Task<(StoredFile File, Stream Content)?> OpenAsync(string container, Guid? fileId, Guid? owner, CancellationToken cancellationToken)
    {
        if (fileId is null)
        {
            return null;
        }
        // Bureau courses are read in every town: the course check above decided, so the store may cross to the host's file.
        var file = await files.FindAsync(container, fileId.Value, anyTown: owner is null, cancellationToken);
        return file is null ? null : (file, files.OpenRead(file));
    }

    private async Task<StoredFile> CheckedSaveAsync(MediaUpload upload, Func<FileKind, bool> accepted, string reason, string setting, long fallbackMegabytes,
        CancellationToken cancellationToken)
    {
        await CheckKindAsync(upload, accepted, reason, cancellationToken);
        return await SaveAsync(MediaContainer, upload, setting, fallbackMegabytes, cancellationToken);
    }

    private async Task CheckKindAsync(MediaUpload upload, Func<FileKind, bool> accepted, string reason, CancellationToken cancellationToken)
    {
        var header = new byte[FileSignatures.HeaderLength];
        var read = await upload.Content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        upload.Content.Position = 0;
        if (!accepted(FileSignatures.Detect(header.AsSpan(0, read))))
        {
            throw ValidationException.For("file", text[reason, Path.GetFileName(upload.FileName.Replace('\\', '/'))]);
        }
    }

    private async Task<StoredFile> SaveAsync(string container, MediaUpload upload, string setting, long fallbackMegabytes, CancellationToken cancellationToken)
    {
        var configured = await settings.GetOrNullAsync(setting, cancellationToken);
        var megabytes = long.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallbackMegabytes;
        return await files.SaveAsync(container, upload.FileName, "application/octet-stream", upload.Content, megabytes * Megabyte, user.Name, cancellationToken);
    }

    private async Task DeleteQuietlyAsync(string container, Guid? fileId, CancellationToken cancellationToken)
    {
        if (fileId is not null && await files.FindAsync(container, fileId.Value, cancellationToken: cancellationToken) is { } old)
        {
            await files.DeleteAsync(old, cancellationToken);
        }
    }
}
