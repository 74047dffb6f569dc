using System.Globalization;
using SafetyPortal.Platform.Identity;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Files;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>
/// Cover images through the kernel's file store: the content's first bytes decide whether it is an image (a renamed
/// script is not), the size is limited by <see cref="CaseWarningSettings.MaxCoverMegabytes"/>, the name never becomes a path.
/// </summary>
public sealed class CaseWarningCovers(PortalDbContext db, CaseWarningScope scope, SignedInUser user, IFileStore files, ISettingProvider settings,
    ReadCaseWarnings read, IStringLocalizer<ArticlesResource> text)
{
    public const string Container = "articles/covers";

    public async Task<CaseWarningDto> UploadAsync(Guid articleId, string fileName, Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var article = await scope.FindOwnAsync(articleId, cancellationToken);
        var shownName = Path.GetFileName((fileName ?? "").Replace('\\', '/'));
        var header = new byte[FileSignatures.HeaderLength];
        var length = await content.ReadAtLeastAsync(header, header.Length, throwOnEndOfStream: false, cancellationToken);
        content.Position = 0;
        if (!FileSignatures.IsImage(FileSignatures.Detect(header.AsSpan(0, length))))
        {
            throw ValidationException.For("file", text["CaseWarning:CoverNotImage", shownName]);
        }
        var megabytes = await MaxMegabytesAsync(cancellationToken);
        if (content.Length > megabytes * 1024 * 1024)
        {
            throw ValidationException.For("file", text["CaseWarning:CoverTooLarge", shownName, megabytes]);
        }
        var stored = await files.SaveAsync(Container, shownName, "application/octet-stream", content, megabytes * 1024 * 1024, user.Name, cancellationToken);
        var previous = article.CoverFileId;
        article.CoverFileId = stored.Id;
        await db.SaveChangesAsync(cancellationToken);
        if (previous is not null && await files.FindAsync(Container, previous.Value, cancellationToken: cancellationToken) is { } old)
        {
            await files.DeleteAsync(old, cancellationToken);
        }
        return await read.GetAsync(articleId, cancellationToken);
    }

    /// <summary>The cover of an article the user may read, or null when it has none.</summary>
    public async Task<(StoredFile File, Stream Content)?> OpenAsync(Guid articleId, CancellationToken cancellationToken)
    {
        var article = await scope.FindReadableAsync(articleId, cancellationToken);
        if (article.CoverFileId is not { } fileId)
        {
            return null;
        }
        // A bureau article is read in every town: the check above decided, so the store may cross to the host's file.
        var file = await files.FindAsync(Container, fileId, anyTown: article.TenantId is null, cancellationToken);
        return file is null ? null : (file, files.OpenRead(file));
    }

    private async Task<long> MaxMegabytesAsync(CancellationToken cancellationToken)
    {
        var configured = await settings.GetOrNullAsync(CaseWarningSettings.MaxCoverMegabytes, cancellationToken);
        return long.TryParse(configured, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : CaseWarningSettings.DefaultMaxCoverMegabytes;
    }
}
