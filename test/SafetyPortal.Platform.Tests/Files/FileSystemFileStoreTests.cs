namespace SafetyPortal.Platform.Tests.Files;

/// <summary>The file store's behaviour on the local folder (the default provider).</summary>
public sealed class FileSystemFileStoreTests : FileStoreTests
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?> { ["Files:Root"] = "files" };

    protected override Task<IReadOnlyList<string>> StoredEntriesAsync() =>
        Task.FromResult<IReadOnlyList<string>>(Directory.Exists(ContentRoot) ? Directory.GetFiles(ContentRoot, "*", SearchOption.AllDirectories) : []);
}
