namespace SafetyPortal.Workflows;

public static class WorkflowsPermissions
{
    public const string GroupName = "Workflows";

    public static class Definitions
    {
        /// <summary>Read process definitions, their versions and XML; validate a model.</summary>
        public const string Default = GroupName + ".Definitions";

        /// <summary>Save drafts and publish versions (the town's own, overriding the bureau's).</summary>
        public const string Design = Default + ".Design";
    }

    public static class Instances
    {
        /// <summary>Monitor instances: lists, details, journal, counts; retry incidents; start, correlate, migrate.</summary>
        public const string Default = GroupName + ".Instances";
    }

    public static class Tasks
    {
        /// <summary>The own task inbox: my tasks, my groups' tasks, claim, complete, delegate.</summary>
        public const string Default = GroupName + ".Tasks";
    }
}
