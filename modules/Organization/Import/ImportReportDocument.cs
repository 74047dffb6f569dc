using System.Text.Json;

namespace SafetyPortal.Organization.Import;

/// <summary>The stored report of a job (OrganizationImportJobs.ReportJson).</summary>
public sealed record ImportReportDocument(string? FileError, IReadOnlyList<ImportRowError> Errors)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ImportReportDocument Empty { get; } = new(null, []);

    public string Serialize() => JsonSerializer.Serialize(this, Json);

    public static ImportReportDocument Parse(string? json) =>
        string.IsNullOrEmpty(json) ? Empty : JsonSerializer.Deserialize<ImportReportDocument>(json, Json) ?? Empty;
}
