namespace SafetyPortal.Http.Tests.Infrastructure;

/// <summary>The embedded default: a SQLite file in a temporary folder of its own.</summary>
public class SqlitePortalFactory : PortalFactory
{
    private readonly string _folder = Directory.CreateTempSubdirectory("safetyportal-test-").FullName;

    public string DatabaseFile => Path.Combine(_folder, "portal.db");

    protected override string Provider => "Sqlite";

    protected override string ConnectionString => $"Data Source={DatabaseFile};Pooling=False";

    protected override Task DropDatabaseAsync() => TemporaryFolders.DeleteAsync(_folder);
}
