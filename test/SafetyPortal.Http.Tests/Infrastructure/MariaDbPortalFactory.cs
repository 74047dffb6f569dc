namespace SafetyPortal.Http.Tests.Infrastructure;

/// <summary>A real MariaDB server, a fresh database per test class, dropped afterwards.</summary>
public class MariaDbPortalFactory : PortalFactory
{
    public string DatabaseName { get; } = MariaDbServer.NewDatabaseName();

    protected override string Provider => "MySql";

    protected override string ConnectionString => MariaDbServer.ForDatabase(DatabaseName);

    protected override Task DropDatabaseAsync() => MariaDbServer.DropAsync(DatabaseName);
}
