namespace SafetyPortal.Learning.Compliance;

/// <summary>
/// Minimum credit hours of 《生产经营单位安全培训规定》 (国家安全监管总局令第3号, as amended): principals and safety managers
/// 32 h initial and 12 h a year (48 h / 16 h in high-risk sectors); new frontline staff 24 h before taking up work
/// (72 h in high-risk sectors, then 20 h a year). Two values are this portal's own, the rules naming no number:
/// <see cref="FrontlineRefresher"/> outside high-risk sectors (0: none) and <see cref="Retraining"/> on a change of post
/// or a return after a year away. A town may raise every value (module settings) but never go below the statute.
/// </summary>
public sealed record RegulatoryHours(
    decimal ManagerInitial = 32,
    decimal ManagerRefresher = 12,
    decimal ManagerInitialHighRisk = 48,
    decimal ManagerRefresherHighRisk = 16,
    decimal FrontlinePreJob = 24,
    decimal FrontlinePreJobHighRisk = 72,
    decimal FrontlineRefresher = 0,
    decimal FrontlineRefresherHighRisk = 20,
    decimal Retraining = 8)
{
    /// <summary>The statutory minimums (and the portal's defaults).</summary>
    public static RegulatoryHours Statutory { get; } = new();

    /// <summary>These values, each raised to at least the statutory one: a town tightens, never loosens.</summary>
    public RegulatoryHours AtLeastStatutory() => new(
        Math.Max(ManagerInitial, Statutory.ManagerInitial),
        Math.Max(ManagerRefresher, Statutory.ManagerRefresher),
        Math.Max(ManagerInitialHighRisk, Statutory.ManagerInitialHighRisk),
        Math.Max(ManagerRefresherHighRisk, Statutory.ManagerRefresherHighRisk),
        Math.Max(FrontlinePreJob, Statutory.FrontlinePreJob),
        Math.Max(FrontlinePreJobHighRisk, Statutory.FrontlinePreJobHighRisk),
        Math.Max(FrontlineRefresher, Statutory.FrontlineRefresher),
        Math.Max(FrontlineRefresherHighRisk, Statutory.FrontlineRefresherHighRisk),
        Math.Max(Retraining, Statutory.Retraining));
}
