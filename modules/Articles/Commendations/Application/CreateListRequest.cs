using SafetyPortal.Platform.Commendations;

namespace SafetyPortal.Articles.Commendations.Application;

/// <summary>A new draft list: its title and period (a quarter needs <see cref="Quarter"/> 1–4).</summary>
public sealed record CreateListRequest(string? Title, CommendationPeriodKind? PeriodKind, int? Year, int? Quarter);
