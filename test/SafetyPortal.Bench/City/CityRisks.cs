using System.Globalization;

namespace SafetyPortal.Bench.City;

/// <summary>
/// The risk library of the generated city: 1,367 catalogue entries over 40 industries and 118,000 risk points.
/// The first enterprise of every town has a register of 200 points (the register benchmark's subject); the rest
/// are spread evenly. Levels follow a realistic mix: about 1.5 % Major, 8 % Significant, 30 % General, the rest Low.
/// </summary>
public sealed class CityRisks(CityGenerator city, int categories = CityRisks.CityCategories, int points = CityRisks.CityPoints)
{
    public const int CityCategories = 1_367;
    public const int CityPoints = 118_000;
    public const int Industries = 40;
    public const int LargeRegister = 200;

    /// <summary>(L, S) pairs per level: Major R ≥ 20, Significant 15–16, General 9–12, Low ≤ 8.</summary>
    private static readonly (int L, int S)[][] Matrix =
    [
        [(5, 4), (4, 5), (5, 5)],
        [(4, 4), (3, 5), (5, 3)],
        [(3, 3), (3, 4), (2, 5), (4, 3)],
        [(2, 2), (1, 4), (2, 3), (1, 2), (2, 4)],
    ];

    public int CategoryCount { get; } = categories;

    public static string CategoryCode(int index) => "RC" + index.ToString("D5", CultureInfo.InvariantCulture);

    public static string IndustryCode(int index) => "IND" + index.ToString("D2", CultureInfo.InvariantCulture);

    public static string CategoryName(int index) =>
        ChineseText.RiskKinds[index % ChineseText.RiskKinds.Length] + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>How many points an enterprise has: 200 for a town's first enterprise, the rest shared evenly.</summary>
    public int PointCount(int enterprise)
    {
        var large = city.Towns.Count;
        if (city.Towns.Any(t => t.FirstEnterprise == enterprise))
        {
            return LargeRegister;
        }
        var others = city.Towns.Sum(t => t.EnterpriseCount) - large;
        var rest = points - (large * LargeRegister);
        var position = enterprise - city.Towns.Count(t => t.FirstEnterprise < enterprise);
        return (rest / others) + (position < rest % others ? 1 : 0);
    }

    public IEnumerable<GeneratedRiskPoint> PointsOf(GeneratedEnterprise enterprise)
    {
        var count = PointCount(enterprise.Index);
        for (var i = 0; i < count; i++)
        {
            var seed = (int)(((long)enterprise.Index * 1_000 + i) * 2_654_435_761L % 1_000);
            var level = seed < 15 ? 0 : seed < 95 ? 1 : seed < 395 ? 2 : 3;
            var (l, s) = Matrix[level][seed % Matrix[level].Length];
            // Distinct categories within an enterprise, so no two points of one enterprise collide as duplicates.
            var category = (int)(((long)enterprise.Index * 37 + i) % CategoryCount);
            yield return new GeneratedRiskPoint(i, enterprise.Index, category,
                (i + 1).ToString(CultureInfo.InvariantCulture) + ChineseText.Area, l, s);
        }
    }
}
