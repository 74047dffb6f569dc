using Microsoft.Extensions.Configuration;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Hosting;

namespace SafetyPortal.Platform.Tests.Data;

public sealed class DatabaseSettingsTests
{
    private static DatabaseSettings Read(params (string Key, string Value)[] values) =>
        DatabaseSettings.Read(
            new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))).Build(),
            "/srv/portal");

    [Fact]
    public void Without_settings_the_portal_uses_SQLite_under_App_Data_of_the_content_root()
    {
        var settings = Read();
        Assert.Equal(DatabaseProvider.Sqlite, settings.Provider);
        Assert.Contains("/srv/portal/App_Data/safetyportal.db", settings.ConnectionString);
        Assert.True(settings.Options.MigrateOnStart);
    }

    [Fact]
    public void Provider_names_are_read_without_regard_to_case()
    {
        var settings = Read(("Database:Provider", "mysql"), ("ConnectionStrings:Default", "Server=db;Database=portal;User ID=sp"));
        Assert.Equal(DatabaseProvider.MySql, settings.Provider);
    }

    [Theory]
    [InlineData("Oracle")]
    [InlineData("2")]
    [InlineData("")]
    public void An_unknown_provider_is_refused_naming_the_setting(string provider)
    {
        var error = Assert.Throws<PortalStartupException>(() => Read(("Database:Provider", provider)));
        Assert.Equal("Database:Provider", error.Setting);
        Assert.Contains("Sqlite or MySql", error.Problem);
    }

    [Theory]
    [InlineData("MySql", "Server=db;Databse=portal;Nonsense", "malformed")]
    [InlineData("MySql", "Server=db", "Database")]
    [InlineData("MySql", "", "empty")]
    [InlineData("Sqlite", "Foo=bar", "malformed")]
    public void A_bad_connection_string_is_refused_naming_the_setting(string provider, string connectionString, string reason)
    {
        var error = Assert.Throws<PortalStartupException>(() =>
            Read(("Database:Provider", provider), ("ConnectionStrings:Default", connectionString)));
        Assert.Equal("ConnectionStrings:Default", error.Setting);
        Assert.Contains(reason, error.Problem);
    }

    [Theory]
    [InlineData("Server=db;Database=portal;User ID=sp", false)]
    [InlineData("Server=db;Database=portal;User ID=sp;Connection Reset=true", true)]
    public void MySql_connections_skip_the_pool_reset_unless_the_operator_asks_for_it(string connectionString, bool reset)
    {
        var settings = Read(("Database:Provider", "MySql"), ("ConnectionStrings:Default", connectionString));
        Assert.Equal(reset, new MySqlConnector.MySqlConnectionStringBuilder(settings.ConnectionString).ConnectionReset);
    }
}
