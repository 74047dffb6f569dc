using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SafetyPortal.Platform.Data;

/// <summary>Times are stored in UTC; values read back are marked UTC so they serialize with a Z.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : v,
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
