namespace SafetyPortal.Organization.Domain;

public enum OrganizationUnitKind
{
    Enterprise = 1,
    Department = 2,
    Workshop = 3,
    Team = 4,
}
