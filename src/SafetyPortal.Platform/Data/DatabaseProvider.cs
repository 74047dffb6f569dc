namespace SafetyPortal.Platform.Data;

public enum DatabaseProvider
{
    /// <summary>Embedded file database under App_Data; the default.</summary>
    Sqlite,

    /// <summary>MySQL 8 or MariaDB 10.11 through Pomelo.</summary>
    MySql,
}
