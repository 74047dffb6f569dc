namespace SafetyPortal.Workflows.Domain;

public enum InstanceStatus
{
    Active,
    Completed,
    Terminated,
}
