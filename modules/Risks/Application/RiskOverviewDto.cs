using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Application;

/// <summary>Active risk points counted by level, by category, by key site and (on the host) by town; enterprises with Major risks.</summary>
public sealed record RiskOverviewDto(
    int Total,
    IReadOnlyDictionary<RiskLevel, int> ByLevel,
    IReadOnlyList<CountRow> ByCategory,
    IReadOnlyDictionary<KeySites, int> ByKeySite,
    IReadOnlyList<CountRow> ByTown,
    IReadOnlyList<MajorRiskEnterprise> MajorRiskEnterprises);

/// <summary>A named count; Id is the category's or the town's.</summary>
public sealed record CountRow(Guid Id, string Name, int Count, int Major);

/// <summary>An enterprise with at least one active Major risk point.</summary>
public sealed record MajorRiskEnterprise(Guid EnterpriseId, string? Name, string? TownName, int MajorCount, int Total);
