using Quartz;

namespace SafetyPortal.Platform.BackgroundJobs;

/// <summary>
/// One stored (durable) job per job type: named after the type, grouped by the module that owns it
/// ("BackgroundJobs" for SafetyPortal.BackgroundJobs). Each enqueue or schedule adds a trigger to it.
/// </summary>
public static class PortalJobKeys
{
    private const string AssemblyPrefix = "SafetyPortal.";

    public static JobKey Of<TJob>() where TJob : PortalJob => Of(typeof(TJob));

    public static JobKey Of(Type jobType)
    {
        var assembly = jobType.Assembly.GetName().Name ?? "Portal";
        var group = assembly.StartsWith(AssemblyPrefix, StringComparison.Ordinal) ? assembly[AssemblyPrefix.Length..] : assembly;
        return new JobKey(jobType.Name, group);
    }
}
