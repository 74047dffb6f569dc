using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using MySqlConnector;
using SafetyPortal.Platform.Hosting;

namespace SafetyPortal.Platform.Data;

/// <summary>The checked database configuration: a known provider and a well-formed connection string.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString, DatabaseOptions Options)
{
    public const string ConnectionStringKey = "ConnectionStrings:Default";
    public const string DefaultSqliteConnectionString = "Data Source=App_Data/safetyportal.db";

    public static DatabaseSettings Read(IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (!Enum.TryParse<DatabaseProvider>(options.Provider, ignoreCase: true, out var provider)
            || !Enum.IsDefined(provider))
        {
            throw new PortalStartupException("Database:Provider",
                $"'{options.Provider}' is not a known provider; use Sqlite or MySql.");
        }
        var connectionString = configuration[ConnectionStringKey];
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider == DatabaseProvider.MySql)
            {
                throw new PortalStartupException(ConnectionStringKey, "is empty; MySql needs a server, database, user and password.");
            }
            connectionString = DefaultSqliteConnectionString;
        }
        var normalized = provider == DatabaseProvider.Sqlite
            ? NormalizeSqlite(connectionString, contentRoot)
            : NormalizeMySql(connectionString);
        return new DatabaseSettings(provider, normalized, options);
    }

    private static string NormalizeSqlite(string connectionString, string contentRoot)
    {
        var builder = Parse(() => new SqliteConnectionStringBuilder(connectionString));
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new PortalStartupException(ConnectionStringKey, "names no Data Source file for Sqlite.");
        }
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }
        return builder.ToString();
    }

    private static string NormalizeMySql(string connectionString)
    {
        var builder = Parse(() => new MySqlConnectionStringBuilder(connectionString));
        if (string.IsNullOrWhiteSpace(builder.Server) || string.IsNullOrWhiteSpace(builder.Database))
        {
            throw new PortalStartupException(ConnectionStringKey, "must name a Server and a Database for MySql.");
        }
        // Lets bulk imports stream rows with LOAD DATA LOCAL (MySqlBulkCopy). MySqlConnector only ever sends
        // the streams it was handed itself, never a file a server asks for, so this opens no file to the server.
        builder.AllowLoadLocalInfile = true;
        // The portal keeps no session state on a connection (no SET, temporary tables or user locks), so taking one
        // from the pool skips the reset round trip unless the operator's connection string asks for it.
        if (!builder.ContainsKey(nameof(MySqlConnectionStringBuilder.ConnectionReset)))
        {
            builder.ConnectionReset = false;
        }
        return builder.ConnectionString;
    }

    private static T Parse<T>(Func<T> parse) where T : DbConnectionStringBuilder
    {
        try
        {
            return parse();
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            throw new PortalStartupException(ConnectionStringKey, $"is malformed: {ex.Message}", ex);
        }
    }
}
