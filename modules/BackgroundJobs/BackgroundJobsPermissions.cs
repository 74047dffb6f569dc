namespace SafetyPortal.BackgroundJobs;

public static class BackgroundJobsPermissions
{
    public const string GroupName = "BackgroundJobs";

    /// <summary>The scheduler's jobs, for the bureau: every job, its next firing and last result.</summary>
    public static class Jobs
    {
        public const string Default = GroupName + ".Jobs";
        public const string Trigger = Default + ".Trigger";
    }

    /// <summary>The run history: the bureau sees every run, a town only its own.</summary>
    public static class Runs
    {
        public const string Default = GroupName + ".Runs";
    }
}
