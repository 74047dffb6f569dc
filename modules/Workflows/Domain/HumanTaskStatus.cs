namespace SafetyPortal.Workflows.Domain;

public enum HumanTaskStatus
{
    Open,
    Completed,
    Cancelled,
}
