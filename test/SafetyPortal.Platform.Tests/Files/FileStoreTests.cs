using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Files;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Platform.Tests.Files;

/// <summary>
/// What every <see cref="IFileStore"/> must do, whichever Files:Provider is configured: the same cases run on the local
/// folder (<see cref="FileSystemFileStoreTests"/>) and on a real S3-compatible server (<see cref="S3FileStoreTests"/>).
/// </summary>
public abstract class FileStoreTests : IAsyncLifetime
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 73, 72, 68, 82, 1, 2, 3];
    private static readonly Guid Chengxiang = Guid.NewGuid();
    private ServiceProvider services = null!;

    /// <summary>A content root of this test's own (the local store's files go under it).</summary>
    protected string ContentRoot { get; } = Path.Combine(Path.GetTempPath(), "file-store-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The "Files" configuration of the store under test, as keys such as "Files:Provider".</summary>
    protected abstract IDictionary<string, string?> Settings { get; }

    protected IServiceProvider Services => services;

    private IFileStore Store => services.GetRequiredService<IFileStore>();

    private ICurrentTenant Tenant => services.GetRequiredService<ICurrentTenant>();

    /// <summary>Whatever the store holds for this test (files or objects), to prove a refused upload left nothing.</summary>
    protected abstract Task<IReadOnlyList<string>> StoredEntriesAsync();

    public Task InitializeAsync()
    {
        services = FileStoreServices.Build(Settings, ContentRoot);
        return Task.CompletedTask;
    }

    public virtual async Task DisposeAsync()
    {
        await services.DisposeAsync();
        if (Directory.Exists(ContentRoot))
        {
            Directory.Delete(ContentRoot, recursive: true);
        }
    }

    [Fact]
    public async Task A_stored_photo_reads_back_byte_for_byte_with_the_type_its_content_shows()
    {
        using var town = Tenant.Change(Chengxiang);
        var file = await Store.SaveAsync("tests/photos", @"C:\Users\me\现场照片.png", "application/octet-stream", new MemoryStream(Png), 1024, "inspector");

        Assert.Equal(("现场照片.png", "image/png", Png.Length, Chengxiang, "inspector"), (file.Name, file.ContentType, (int)file.Size, file.TenantId!.Value, file.CreatedBy));
        var found = await Store.FindAsync("tests/photos", file.Id);
        Assert.Equal(file, found);
        await using var stream = Store.OpenRead(found!);
        Assert.True(stream.CanSeek);
        Assert.Equal(Png.Length, stream.Length);
        var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        Assert.Equal(Png, copy.ToArray());
    }

    [Fact]
    public async Task A_photo_named_as_text_is_kept_as_the_photo_its_content_shows()
    {
        var file = await Store.SaveAsync("tests/photos", "notes.txt", "text/plain", new MemoryStream(Png), 1024, null);

        Assert.Equal("image/png", (await Store.FindAsync("tests/photos", file.Id))?.ContentType);
    }

    [Fact]
    public async Task Another_towns_file_is_not_found_unless_the_caller_crosses_towns()
    {
        StoredFile file;
        using (Tenant.Change(Chengxiang))
        {
            file = await Store.SaveAsync("tests/photos", "a.png", "image/png", new MemoryStream(Png), 1024, null);
        }
        using (Tenant.Change(Guid.NewGuid()))
        {
            Assert.Null(await Store.FindAsync("tests/photos", file.Id));
            Assert.NotNull(await Store.FindAsync("tests/photos", file.Id, anyTown: true));
        }
        Assert.Null(await Store.FindAsync("tests/photos", file.Id));
        using (Tenant.Change(Chengxiang))
        {
            Assert.NotNull(await Store.FindAsync("tests/photos", file.Id));
        }
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_its_name_and_nothing_is_stored()
    {
        var content = new MemoryStream(new byte[3 * 1024 * 1024]);

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            Store.SaveAsync("tests/videos", "big.mp4", "video/mp4", content, 2 * 1024 * 1024, null));

        Assert.Contains("big.mp4", error.Errors.ToDictionary()["file"][0], StringComparison.Ordinal);
        Assert.Empty(await StoredEntriesAsync());
    }

    [Fact]
    public async Task An_empty_file_is_refused_with_its_name_and_nothing_is_stored()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            Store.SaveAsync("tests/photos", "empty.jpg", "image/jpeg", new MemoryStream(), 1024, null));

        Assert.Contains("empty.jpg", error.Errors.ToDictionary()["file"][0], StringComparison.Ordinal);
        Assert.Empty(await StoredEntriesAsync());
    }

    [Fact]
    public async Task The_same_content_gets_the_same_fingerprint()
    {
        var first = await Store.SaveAsync("tests/photos", "a.png", "image/png", new MemoryStream(Png), 1024, null);
        var second = await Store.SaveAsync("tests/photos", "b.png", "image/png", new MemoryStream(Png), 1024, null);

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Png)), first.Sha256);
        Assert.Equal(first.Sha256, second.Sha256);
    }

    [Fact]
    public async Task A_deleted_file_is_gone_and_deleting_it_again_is_fine()
    {
        var kept = await Store.SaveAsync("tests/photos", "kept.png", "image/png", new MemoryStream(Png), 1024, null);
        var file = await Store.SaveAsync("tests/photos", "a.png", "image/png", new MemoryStream(Png), 1024, null);

        await Store.DeleteAsync(file);
        await Store.DeleteAsync(file);

        Assert.Null(await Store.FindAsync("tests/photos", file.Id));
        Assert.NotNull(await Store.FindAsync("tests/photos", kept.Id));
        Assert.Equal(2, (await StoredEntriesAsync()).Count);
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("/absolute")]
    [InlineData("Upper")]
    public async Task A_container_outside_the_naming_rule_is_a_programming_error(string container)
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Store.SaveAsync(container, "a.png", "image/png", new MemoryStream(Png), 1024, null));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.FindAsync(container, Guid.NewGuid()));
    }

    [Fact]
    public async Task A_script_named_like_a_photo_keeps_the_declared_type_and_is_not_an_image()
    {
        var script = Encoding.UTF8.GetBytes("<script>alert(1)</script>");

        var file = await Store.SaveAsync("tests/photos", "photo.jpg", "text/plain", new MemoryStream(script), 1024, null);

        Assert.Equal("text/plain", file.ContentType);
        Assert.False(FileSignatures.IsImage(FileSignatures.Detect(script)));
        Assert.Equal(script.Length, file.Size);
    }

    [Fact]
    public async Task Any_byte_range_of_a_stored_video_reads_the_bytes_uploaded()
    {
        var random = new Random(20_261_130);
        var video = new byte[300_000];
        random.NextBytes(video);
        var file = await Store.SaveAsync("tests/videos", "clip.mp4", "video/mp4", new MemoryStream(video), video.Length, null);
        await using var stream = Store.OpenRead(file);

        for (var range = 0; range < 12; range++)
        {
            var offset = random.Next(video.Length);
            var length = Math.Min(random.Next(1, 70_000), video.Length - offset);
            Assert.Equal(offset, stream.Seek(offset, SeekOrigin.Begin));
            var part = new byte[length];
            if (range % 2 == 0)
            {
                await stream.ReadExactlyAsync(part);
            }
            else
            {
                stream.ReadExactly(part);
            }
            Assert.Equal(video.AsSpan(offset, length).ToArray(), part);
            Assert.Equal(offset + length, stream.Position);
        }
        stream.Position = video.Length - 10;
        var tail = new byte[100];
        Assert.Equal(10, await stream.ReadAtLeastAsync(tail, 100, throwOnEndOfStream: false));
        Assert.Equal(video[^10..], tail[..10]);
        Assert.Equal(0, await stream.ReadAsync(tail));
    }

    [Fact]
    public async Task A_five_megabyte_video_reads_back_whole()
    {
        var video = new byte[5 * 1024 * 1024];
        new Random(5).NextBytes(video);

        var file = await Store.SaveAsync("tests/videos", "lesson.mp4", "video/mp4", new MemoryStream(video), 8 * 1024 * 1024, "teacher");

        Assert.Equal(video.Length, file.Size);
        await using var stream = Store.OpenRead((await Store.FindAsync("tests/videos", file.Id))!);
        var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        Assert.Equal(SHA256.HashData(video), SHA256.HashData(copy.ToArray()));
    }
}
