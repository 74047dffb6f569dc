using System.Text;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Files;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Platform.Tests.Files;

public sealed class FileSystemFileStoreTests : IDisposable
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 73, 72, 68, 82, 1, 2, 3];
    private static readonly Guid Chengxiang = Guid.NewGuid();
    private readonly string root = Path.Combine(Path.GetTempPath(), "file-store-tests", Guid.NewGuid().ToString("N"));
    private readonly ServiceProvider services;

    public FileSystemFileStoreTests()
    {
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddLocalization(options => options.ResourcesPath = "Resources");
        collection.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = root, ContentRootFileProvider = new NullFileProvider() });
        collection.AddSingleton<ICurrentTenant, CurrentTenant>();
        collection.AddSingleton(TimeProvider.System);
        collection.Configure<FileStoreOptions>(options => options.Root = "files");
        collection.AddScoped<IFileStore, FileSystemFileStore>();
        services = collection.BuildServiceProvider();
    }

    private IFileStore Store => services.GetRequiredService<IFileStore>();

    private ICurrentTenant Tenant => services.GetRequiredService<ICurrentTenant>();

    [Fact]
    public async Task A_stored_photo_reads_back_byte_for_byte_with_the_type_its_content_shows()
    {
        using var town = Tenant.Change(Chengxiang);
        var file = await Store.SaveAsync("tests/photos", @"C:\Users\me\现场照片.png", "application/octet-stream", new MemoryStream(Png), 1024, "inspector");

        Assert.Equal("现场照片.png", file.Name);
        Assert.Equal("image/png", file.ContentType);
        Assert.Equal(Png.Length, file.Size);
        var found = await Store.FindAsync("tests/photos", file.Id);
        Assert.NotNull(found);
        await using var stream = Store.OpenRead(found);
        Assert.True(stream.CanSeek);
        var copy = new MemoryStream();
        await stream.CopyToAsync(copy);
        Assert.Equal(Png, copy.ToArray());
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
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_its_name_and_nothing_is_left_behind()
    {
        var content = new MemoryStream(new byte[3 * 1024 * 1024]);

        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            Store.SaveAsync("tests/videos", "big.mp4", "video/mp4", content, 2 * 1024 * 1024, null));

        Assert.Contains("big.mp4", error.Errors.ToDictionary()["file"][0], StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task An_empty_file_is_refused()
    {
        var error = await Assert.ThrowsAsync<ValidationException>(() =>
            Store.SaveAsync("tests/photos", "empty.jpg", "image/jpeg", new MemoryStream(), 1024, null));

        Assert.True(error.Errors.ToDictionary().ContainsKey("file"));
    }

    [Fact]
    public async Task The_same_content_gets_the_same_fingerprint()
    {
        var first = await Store.SaveAsync("tests/photos", "a.png", "image/png", new MemoryStream(Png), 1024, null);
        var second = await Store.SaveAsync("tests/photos", "b.png", "image/png", new MemoryStream(Png), 1024, null);

        Assert.NotEqual(first.Id, second.Id);
        Assert.Equal(first.Sha256, second.Sha256);
    }

    [Fact]
    public async Task A_deleted_file_is_gone()
    {
        var file = await Store.SaveAsync("tests/photos", "a.png", "image/png", new MemoryStream(Png), 1024, null);

        await Store.DeleteAsync(file);

        Assert.Null(await Store.FindAsync("tests/photos", file.Id));
    }

    [Theory]
    [InlineData("../escape")]
    [InlineData("/absolute")]
    [InlineData("Upper")]
    public async Task A_container_outside_the_naming_rule_is_a_programming_error(string container)
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            Store.SaveAsync(container, "a.png", "image/png", new MemoryStream(Png), 1024, null));
    }

    [Theory]
    [InlineData("FFD8FFE0", FileKind.Jpeg)]
    [InlineData("474946383961", FileKind.Gif)]
    [InlineData("52494646000000005745425056503820", FileKind.Webp)]
    [InlineData("255044462D312E37", FileKind.Pdf)]
    [InlineData("0000001C6674797069736F6D", FileKind.Mp4)]
    [InlineData("1A45DFA3", FileKind.Webm)]
    [InlineData("504B0304", FileKind.OfficeOpenXml)]
    [InlineData("3C7363726970743E", FileKind.Unknown)]
    public void Files_are_recognised_by_their_first_bytes(string hex, FileKind expected) =>
        Assert.Equal(expected, FileSignatures.Detect(Convert.FromHexString(hex)));

    [Fact]
    public async Task A_script_named_like_a_photo_keeps_the_declared_type_and_is_not_an_image()
    {
        var script = Encoding.UTF8.GetBytes("<script>alert(1)</script>");

        var file = await Store.SaveAsync("tests/photos", "photo.jpg", "text/plain", new MemoryStream(script), 1024, null);

        Assert.Equal("text/plain", file.ContentType);
        Assert.False(FileSignatures.IsImage(FileSignatures.Detect(script)));
        Assert.Equal(script.Length, file.Size);
    }

    public void Dispose()
    {
        services.Dispose();
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
