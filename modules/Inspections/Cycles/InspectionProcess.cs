namespace SafetyPortal.Inspections.Cycles;

/// <summary>
/// The built-in process every inspection task runs (workflows/inspection-task.bpmn): its key, start variables and messages.
/// Its status task marks a task overdue through <see cref="InspectionTaskStatusHandler"/>.
/// </summary>
public static class InspectionProcess
{
    public const string ProcessKey = "inspection-task";
    public const string EntityType = "InspectionTask";
    public const string Overdue = "Overdue";

    public const string SubmittedMessage = "InspectionSubmitted";
    public const string MissedMessage = "InspectionMissed";

    public const string TaskId = "taskId";
    public const string EnterpriseId = "enterpriseId";
    public const string Tier = "tier";
    public const string DueTime = "dueTime";
    public const string FailedItems = "failedItems";
}
