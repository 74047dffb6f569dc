using System.Globalization;
using Quartz;

namespace SafetyPortal.Platform.BackgroundJobs;

/// <summary>
/// Job data is stored as strings only (the job store keeps it readable and free of type names), with
/// the town under <see cref="PortalJob.TenantIdKey"/>.
/// </summary>
internal static class PortalJobData
{
    public static JobDataMap Create(Guid? tenantId, IReadOnlyDictionary<string, string>? data)
    {
        var map = new JobDataMap();
        foreach (var (key, value) in data ?? new Dictionary<string, string>())
        {
            if (key != PortalJob.TenantIdKey)
            {
                map[key] = value;
            }
        }
        if (tenantId is { } id)
        {
            map[PortalJob.TenantIdKey] = id.ToString("D", CultureInfo.InvariantCulture);
        }
        return map;
    }

    public static Guid? ReadTenantId(JobDataMap map) =>
        map.TryGetValue(PortalJob.TenantIdKey, out var value)
        && Guid.TryParse(Convert.ToString(value, CultureInfo.InvariantCulture), out var id)
            ? id
            : null;

    public static IReadOnlyDictionary<string, string> ReadData(JobDataMap map) =>
        map.Where(e => e.Key != PortalJob.TenantIdKey && e.Value is not null)
            .ToDictionary(e => e.Key, e => Convert.ToString(e.Value, CultureInfo.InvariantCulture) ?? "");
}
