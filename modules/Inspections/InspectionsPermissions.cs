namespace SafetyPortal.Inspections;

public static class InspectionsPermissions
{
    public const string GroupName = "Inspections";

    public static class Hazards
    {
        /// <summary>Read the hazard register: the bureau every town's, a town its own, enterprise staff their enterprises'.</summary>
        public const string Default = GroupName + ".Hazards";

        /// <summary>Report a hazard of an enterprise one may see (a town's staff any of the town's, enterprise staff their own).</summary>
        public const string Report = Default + ".Report";
    }
}
