namespace SafetyPortal.Platform.Identity;

/// <summary>Built-in role names (see the glossary).</summary>
public static class PortalRoles
{
    public const string BureauAdmin = "BureauAdmin";
    public const string BureauInspector = "BureauInspector";
    public const string WorkflowDesigner = "WorkflowDesigner";
    public const string TownAdmin = "TownAdmin";
    public const string TownInspector = "TownInspector";
    public const string SafetyOfficer = "SafetyOfficer";
    public const string EnterprisePrincipal = "EnterprisePrincipal";
    public const string EnterpriseSafetyManager = "EnterpriseSafetyManager";
    public const string Employee = "Employee";
}
