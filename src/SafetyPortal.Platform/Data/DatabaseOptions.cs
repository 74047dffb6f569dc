namespace SafetyPortal.Platform.Data;

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (default) or MySql.</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    /// <summary>Apply pending migrations at start. Default true; turn off where a DBA migrates.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>Seed the demo towns and accounts when the embedded database is first created. Default true.</summary>
    public bool SeedDemoOnFirstStart { get; set; } = true;

    /// <summary>MySQL server version such as "10.11.6-mariadb" or "8.0.36-mysql"; detected at start when empty (default).</summary>
    public string? ServerVersion { get; set; }

    /// <summary>How often the start tries to reach the database before it gives up. Default 5.</summary>
    public int StartupAttempts { get; set; } = 5;

    /// <summary>Seconds before the first retry; doubles each time. Default 1.</summary>
    public double StartupRetryDelaySeconds { get; set; } = 1;
}
