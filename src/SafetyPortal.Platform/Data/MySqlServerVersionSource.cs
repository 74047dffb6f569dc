using Microsoft.EntityFrameworkCore;

namespace SafetyPortal.Platform.Data;

/// <summary>The MySQL/MariaDB version Pomelo generates SQL for: configured, or detected once at start.</summary>
public sealed class MySqlServerVersionSource(DatabaseSettings settings)
{
    private ServerVersion? _version = string.IsNullOrWhiteSpace(settings.Options.ServerVersion)
        ? null
        : ServerVersion.Parse(settings.Options.ServerVersion);

    public ServerVersion Version => _version ??= ServerVersion.AutoDetect(settings.ConnectionString);

    internal void Detect() => _version ??= ServerVersion.AutoDetect(settings.ConnectionString);
}
