namespace SafetyPortal.Browser.Tests.Infrastructure;

/// <summary>The checkout's root, found from the test binaries, so artefacts such as the README screenshot land in docs/.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            // .NET 10 templates default to .slnx; build.sh accepts either, so do we.
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "SafetyPortal.sln"))
                || File.Exists(System.IO.Path.Combine(folder.FullName, "SafetyPortal.slnx")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No SafetyPortal.sln above {AppContext.BaseDirectory}.");
    }
}
