using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Files;
using SafetyPortal.Platform.Settings;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Workflows.Application;

/// <summary>
/// Photos and documents of task forms: uploaded by whoever may act on the open task, read by whoever can see the
/// instance (the actors of its tasks and monitors). A rejected batch stores nothing.
/// </summary>
public sealed class TaskFiles(
    PortalDbContext db,
    IFileStore store,
    ISettingProvider settings,
    WorkflowUser user,
    TaskCandidacy candidacy,
    IAuthorizationService authorization,
    IHttpContextAccessor http,
    TimeProvider clock,
    IStringLocalizer<WorkflowsResource> text)
{
    public const string TaskContainer = "workflows/tasks";

    public static string UrlOf(Guid id) => $"/api/workflows/files/{id}";

    /// <summary>
    /// Checks the task first (another town's: 404; not the user's to act on: 403), then reads the files (and whatever
    /// else the request must prove, such as its antiforgery token) with <paramref name="readFiles"/>.
    /// </summary>
    public async Task<IReadOnlyList<FileReferenceDto>> UploadAsync(Guid taskId, Func<Task<IReadOnlyList<IFormFile>>> readFiles,
        CancellationToken cancellationToken)
    {
        var task = await db.Set<HumanTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(HumanTask), taskId);
        if (!await MayActAsync(task, cancellationToken))
        {
            throw new ForbiddenException(text["FileNotYourTask"]);
        }
        if (task.Status != HumanTaskStatus.Open)
        {
            throw ValidationException.For("id", text["FileTaskClosed", task.Status]);
        }
        var files = await readFiles();
        var maxBytes = await MaxBytesAsync(cancellationToken);
        await CheckAsync(files, maxBytes, cancellationToken);
        var saved = new List<StoredFile>();
        try
        {
            foreach (var file in files)
            {
                await using var content = file.OpenReadStream();
                var extension = UploadRules.ExtensionOf(file.FileName);
                saved.Add(await store.SaveAsync(TaskContainer, file.FileName, UploadRules.ContentTypeOf(extension), content, maxBytes, user.Name, cancellationToken));
            }
            var now = clock.GetUtcNow().UtcDateTime;
            db.AddRange(saved.Select(s => new WorkflowFile
            {
                Id = s.Id, TenantId = task.TenantId, InstanceId = task.InstanceId, TaskId = task.Id, ElementId = task.ElementId,
                Container = TaskContainer, Name = Clip(s.Name), ContentType = s.ContentType, Size = s.Size, CreatedBy = user.Name, CreationTime = now,
            }));
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            foreach (var file in saved)
            {
                await store.DeleteAsync(file, CancellationToken.None);
            }
            throw;
        }
        return saved.Select(s => new FileReferenceDto(s.Id, s.Name, s.ContentType, s.Size, UrlOf(s.Id))).ToList();
    }

    /// <summary>The files of the task's instance from earlier steps (completed tasks) and generated documents.</summary>
    public async Task<IReadOnlyList<WorkflowFileDto>> OfTaskAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var task = await db.Set<HumanTask>().AsNoTracking().FirstOrDefaultAsync(t => t.Id == taskId, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(HumanTask), taskId);
        if (!await MayActAsync(task, cancellationToken) && task.Owner != user.Name && task.CompletedBy != user.Name)
        {
            throw new ForbiddenException(text["FileNotYourTask"]);
        }
        var steps = await db.Set<HumanTask>().AsNoTracking()
            .Where(t => t.InstanceId == task.InstanceId && t.Status == HumanTaskStatus.Completed)
            .ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var files = await db.Set<WorkflowFile>().AsNoTracking().Where(f => f.InstanceId == task.InstanceId)
            .OrderBy(f => f.CreationTime).ToListAsync(cancellationToken);
        return files.Where(f => f.TaskId is null || steps.ContainsKey(f.TaskId.Value))
            .Select(f => new WorkflowFileDto(f.Id, f.Name, f.ContentType, f.Size, UrlOf(f.Id), f.ElementId,
                f.TaskId is { } taskId ? steps[taskId] : f.ElementId, f.TaskId, f.CreatedBy, f.CreationTime, UploadRules.IsImage(f.ContentType)))
            .ToList();
    }

    /// <summary>The file and its content, for a user who can see its instance; 404 for another town's, 403 for others.</summary>
    public async Task<(WorkflowFile File, Stream Content)> OpenAsync(Guid id, CancellationToken cancellationToken)
    {
        var file = await db.Set<WorkflowFile>().AsNoTracking().FirstOrDefaultAsync(f => f.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(WorkflowFile), id);
        if (!await MaySeeInstanceAsync(file, cancellationToken))
        {
            throw new ForbiddenException(text["FileNotYourInstance"]);
        }
        var stored = await store.FindAsync(file.Container, file.Id, cancellationToken: cancellationToken)
            ?? throw new EntityNotFoundException(typeof(WorkflowFile), id);
        return (file, store.OpenRead(stored));
    }

    private async Task CheckAsync(IReadOnlyList<IFormFile> files, long maxBytes, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (files.Count == 0)
        {
            errors.Add("files", text["FileNone"]);
        }
        var allowed = UploadRules.ParseAllowed(await settings.GetOrNullAsync(WorkflowsSettings.TaskFileTypes, cancellationToken) ?? WorkflowsSettings.DefaultTaskFileTypes);
        var header = new byte[FileSignatures.HeaderLength];
        foreach (var file in files)
        {
            var extension = UploadRules.ExtensionOf(file.FileName);
            if (!allowed.Contains(extension))
            {
                errors.Add("files", text["FileTypeNotAllowed", file.FileName, string.Join(", ", allowed.Order())]);
                continue;
            }
            if (file.Length == 0)
            {
                errors.Add("files", text["FileEmptyUpload", file.FileName]);
                continue;
            }
            if (file.Length > maxBytes)
            {
                errors.Add("files", text["FileTooBig", file.FileName, (maxBytes / 1024d / 1024d).ToString("0.#", CultureInfo.CurrentCulture)]);
                continue;
            }
            await using var content = file.OpenReadStream();
            var read = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
            if (!UploadRules.ContentFits(extension, header.AsSpan(0, read)))
            {
                errors.Add("files", text["FileContentMismatch", file.FileName, extension]);
            }
        }
        errors.ThrowIfAny();
    }

    private async Task<long> MaxBytesAsync(CancellationToken cancellationToken)
    {
        var setting = await settings.GetOrNullAsync(WorkflowsSettings.TaskFileMaxMegabytes, cancellationToken);
        var megabytes = double.TryParse(setting, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : 20;
        return (long)(megabytes * 1024 * 1024);
    }

    /// <summary>Assigned to the user, or unclaimed and the user is a candidate.</summary>
    private async Task<bool> MayActAsync(HumanTask task, CancellationToken cancellationToken) =>
        task.Assignee == user.Name || task.Assignee is null && await candidacy.IsCandidateForAsync(task, cancellationToken);

    private async Task<bool> MaySeeInstanceAsync(WorkflowFile file, CancellationToken cancellationToken)
    {
        if (file.CreatedBy == user.Name)
        {
            return true;
        }
        if (http.HttpContext?.User is { } principal
            && (await authorization.AuthorizeAsync(principal, WorkflowsPermissions.Instances.Default)).Succeeded)
        {
            return true;
        }
        var me = user.Name;
        var tasks = db.Set<HumanTask>().Where(t => t.InstanceId == file.InstanceId);
        return await tasks.AnyAsync(t => t.Assignee == me || t.Owner == me || t.CompletedBy == me, cancellationToken)
            || await tasks.Where(await candidacy.IsCandidateAsync(cancellationToken)).AnyAsync(cancellationToken);
    }

    private static string Clip(string name) => name.Length <= WorkflowFile.MaxNameLength ? name : name[^WorkflowFile.MaxNameLength..];
}
