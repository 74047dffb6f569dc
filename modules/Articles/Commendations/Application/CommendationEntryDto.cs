using System.Text.Json;
using SafetyPortal.Articles.Domain;

namespace SafetyPortal.Articles.Commendations.Application;

/// <summary>One line of a commendation list with its snapshot of indicators.</summary>
public sealed record CommendationEntryDto(
    Guid Id,
    CommendationEntryKind Kind,
    Guid SubjectId,
    Guid? EnterpriseId,
    string Name,
    int? Rank,
    decimal Score,
    IReadOnlyDictionary<string, decimal> Indicators,
    CommendationOrigin Origin,
    string? AdditionReason,
    bool Excluded,
    string? ExclusionRule,
    string? ExclusionReason,
    string? CertificateSerial)
{
    public static CommendationEntryDto From(CommendationEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Id, e.Kind, e.SubjectId, e.EnterpriseId, e.Name, e.Rank, e.Score,
            JsonSerializer.Deserialize<Dictionary<string, decimal>>(e.IndicatorsJson) ?? [], e.Origin, e.AdditionReason, e.Excluded,
            e.ExclusionRule, e.ExclusionReason, e.CertificateSerial);
    }
}
