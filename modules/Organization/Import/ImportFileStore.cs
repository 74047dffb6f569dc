using Microsoft.Extensions.Hosting;

namespace SafetyPortal.Organization.Import;

/// <summary>Uploaded files wait in App_Data/imports under the content root until their job has run.</summary>
public sealed class ImportFileStore(IHostEnvironment environment)
{
    public string Folder { get; } = Path.Combine(environment.ContentRootPath, "App_Data", "imports");

    public async Task<string> SaveAsync(Stream content, ImportFileFormat format, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var name = $"{Guid.NewGuid():N}.{format.ToString().ToLowerInvariant()}";
        await using var file = File.Create(Path.Combine(Folder, name));
        await content.CopyToAsync(file, cancellationToken);
        return name;
    }

    public FileStream Open(string name) =>
        new(PathOf(name), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);

    public void Delete(string name)
    {
        if (File.Exists(PathOf(name)))
        {
            File.Delete(PathOf(name));
        }
    }

    /// <summary>Stored names are ours (a GUID and an extension), never the user's; GetFileName keeps it so.</summary>
    private string PathOf(string name) => Path.Combine(Folder, Path.GetFileName(name));
}
