namespace SafetyPortal.Workflows.Domain;

public enum DefinitionStatus
{
    Draft,
    Published,
}
