using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Platform.Files;

/// <summary>
/// What every <see cref="IFileStore"/> does the same way: takes an upload in (size limit, empty file, type from the
/// content, SHA-256) while copying it to where the store keeps it, and keeps towns apart when a file is looked up.
/// </summary>
public sealed class FileIntake(ICurrentTenant tenant, TimeProvider clock, IStringLocalizer<PlatformResource> text)
{
    private const int BufferSize = 81_920;

    /// <summary>
    /// Copies <paramref name="content"/> to <paramref name="target"/> and describes it as a file of the current town.
    /// Throws <see cref="ValidationException"/> on "file" once it passes <paramref name="maxBytes"/> (reading stops
    /// there) or when it is empty; the store then discards what reached the target.
    /// </summary>
    public async Task<StoredFile> CopyAsync(Guid id, string container, string fileName, string contentType, Stream content, Stream target,
        long maxBytes, string? createdBy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(target);
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var header = new byte[FileSignatures.HeaderLength];
        var headerLength = 0;
        long size = 0;
        var buffer = new byte[BufferSize];
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            size += read;
            if (size > maxBytes)
            {
                throw ValidationException.For("file", text["FileTooLarge", name,
                    (maxBytes / 1024d / 1024d).ToString("0.#", CultureInfo.CurrentCulture)]);
            }
            var toHeader = Math.Min(read, header.Length - headerLength);
            buffer.AsSpan(0, toHeader).CopyTo(header.AsSpan(headerLength));
            headerLength += toHeader;
            hash.AppendData(buffer, 0, read);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
        if (size == 0)
        {
            throw ValidationException.For("file", text["FileEmpty", name]);
        }
        await target.FlushAsync(cancellationToken);
        var kind = FileSignatures.Detect(header.AsSpan(0, headerLength));
        return new StoredFile(id, container, tenant.Id, name, FileSignatures.ContentTypeOf(kind) ?? contentType, size,
            Convert.ToHexStringLower(hash.GetHashAndReset()), clock.GetUtcNow().UtcDateTime, createdBy);
    }

    /// <summary>The file when the current town may read it (its own, or any town's when <paramref name="anyTown"/>), else null.</summary>
    public StoredFile? Visible(StoredFile? file, bool anyTown) => file is not null && (anyTown || file.TenantId == tenant.Id) ? file : null;
}
