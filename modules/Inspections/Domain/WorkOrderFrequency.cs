namespace SafetyPortal.Inspections.Domain;

/// <summary>How often an enterprise answers a work order: once in the campaign, every day, every week (Monday to Sunday).</summary>
public enum WorkOrderFrequency
{
    Once = 1,
    Daily = 2,
    Weekly = 3,
}
