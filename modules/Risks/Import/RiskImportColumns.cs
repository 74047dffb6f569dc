using SafetyPortal.Platform.Import;

namespace SafetyPortal.Risks.Import;

/// <summary>The columns of the catalogue and risk-point templates; headers are "ImportColumn.{Key}" in RisksResource.</summary>
public static class RiskImportColumns
{
    public const string IndustryCode = "IndustryCode";
    public const string IndustryName = "IndustryName";
    public const string CategoryCode = "CategoryCode";
    public const string Name = "Name";
    public const string TypicalHazards = "TypicalHazards";
    public const string ControlMeasures = "ControlMeasures";
    public const string CheckPoints = "CheckPoints";
    public const string KeySites = "KeySites";
    public const string EnterpriseCreditCode = "EnterpriseCreditCode";
    public const string Location = "Location";
    public const string Equipment = "Equipment";
    public const string Method = "Method";
    public const string Likelihood = "Likelihood";
    public const string Exposure = "Exposure";
    public const string Severity = "Severity";
    public const string ResponsiblePerson = "ResponsiblePerson";
    public const string ResponsiblePhone = "ResponsiblePhone";
    public const string MeasureFrequency = "MeasureFrequency";
    public const string MeasureRole = "MeasureRole";

    public static IReadOnlyList<ImportColumn> Catalogue { get; } =
    [
        new(IndustryCode, true), new(IndustryName), new(CategoryCode, true), new(Name, true), new(TypicalHazards),
        new(ControlMeasures), new(CheckPoints), new(KeySites),
    ];

    public static IReadOnlyList<ImportColumn> Points { get; } =
    [
        new(EnterpriseCreditCode), new(CategoryCode, true), new(Name, true), new(Location, true), new(Equipment),
        new(Method, true), new(Likelihood, true), new(Exposure), new(Severity, true), new(ResponsiblePerson),
        new(ResponsiblePhone), new(ControlMeasures), new(MeasureFrequency), new(MeasureRole),
    ];
}
