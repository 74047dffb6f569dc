using System.Globalization;
using SafetyPortal.Organization.Domain;

namespace SafetyPortal.Bench.City;

/// <summary>
/// A city at the scale of the one the portal is built after: 8 towns, 6,173 enterprises spread across
/// them, 200,000 staff. Deterministic (same seed, same city), and streaming: staff are generated on
/// demand, never held. Later modules' benchmarks extend it (risk points, exams, ...).
/// </summary>
public sealed class CityGenerator(int towns = 8, int enterprises = CityGenerator.CityEnterprises, int staff = CityGenerator.CityStaff)
{
    public const int CityEnterprises = 6_173;
    public const int CityStaff = 200_000;

    /// <summary>Share of the city's enterprises per town, largest first; fewer towns take the first weights.</summary>
    private static readonly int[] TownWeights = [22, 18, 14, 12, 11, 9, 8, 6];

    public int StaffCount { get; } = staff;

    public IReadOnlyList<GeneratedTown> Towns { get; } = SplitTowns(Math.Clamp(towns, 1, ChineseText.Towns.Length), enterprises);

    public GeneratedEnterprise Enterprise(int index)
    {
        var town = Towns.Last(t => t.FirstEnterprise <= index).Index;
        var trade = ChineseText.Trades[index % ChineseText.Trades.Length];
        return new GeneratedEnterprise(index, town,
            $"{Towns[town].Name[..2]}{trade}{index.ToString("D4", CultureInfo.InvariantCulture)}{ChineseText.CompanySuffix}",
            CreditCode(index), "C" + (13 + (index % 30)).ToString(CultureInfo.InvariantCulture),
            (index % 4) switch { 0 => "ConfinedSpace", 1 => "CombustibleDust", 2 => "HazardousChemicals", _ => "" },
            ((char)('A' + (index % 4))).ToString(), PersonName(index + 7_000_000), Mobile(9_000_000 + index), ChineseText.Departments);
    }

    public IEnumerable<GeneratedEnterprise> EnterprisesOf(GeneratedTown town) =>
        Enumerable.Range(town.FirstEnterprise, town.EnterpriseCount).Select(Enterprise);

    /// <summary>The staff of one town, in a stable order: every person belongs to exactly one enterprise.</summary>
    public IEnumerable<GeneratedPerson> StaffOf(GeneratedTown town)
    {
        var total = Towns.Sum(t => t.EnterpriseCount);
        for (var i = 0; i < StaffCount; i++)
        {
            // Spreads people evenly over the enterprises (about 32 each in the full city).
            var enterprise = (int)((long)i * 7919 % total);
            if (enterprise >= town.FirstEnterprise && enterprise < town.FirstEnterprise + town.EnterpriseCount)
            {
                yield return Person(i, enterprise);
            }
        }
    }

    private static GeneratedPerson Person(int index, int enterprise) => new(index, enterprise, PersonName(index), IdCard(index), Mobile(index),
        (index % 3) == 2 ? null : ChineseText.Departments[index % ChineseText.Departments.Length],
        ChineseText.Positions[index % ChineseText.Positions.Length],
        (index % 50) switch { 0 => ChineseText.Principal, 1 => ChineseText.SafetyManager, < 25 => ChineseText.Employee, _ => null });

    private static string PersonName(int index) =>
        string.Concat(ChineseText.Surnames[index % ChineseText.Surnames.Length],
            ChineseText.Given[(index / 7) % ChineseText.Given.Length],
            (index % 2) == 0 ? ChineseText.Given[(index / 13) % ChineseText.Given.Length].ToString() : "");

    /// <summary>Taicang's 320585, a birth date from 1965 on, a sequence: unique for every index below 16,000 × 1,000.</summary>
    public static string IdCard(int index)
    {
        var birth = new DateOnly(1965, 1, 1).AddDays(index % 14_000);
        var body = $"320585{birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}{(index / 14_000).ToString("D3", CultureInfo.InvariantCulture)}";
        return body + IdCardNumber.CheckCharacter(body);
    }

    public static string Mobile(int index) => "13" + (100_000_000 + index).ToString(CultureInfo.InvariantCulture);

    /// <summary>91 (enterprise), 320585 (Taicang), then the index in the code's base-31 alphabet, then the check character.</summary>
    public static string CreditCode(int index)
    {
        const string alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        var digits = new char[9];
        var value = index + 1_000_000L;
        for (var i = digits.Length - 1; i >= 0; i--)
        {
            digits[i] = alphabet[(int)(value % 31)];
            value /= 31;
        }
        var body = "91320585" + new string(digits);
        return body + UnifiedSocialCreditCode.CheckCharacter(body);
    }

    private static List<GeneratedTown> SplitTowns(int count, int enterprises)
    {
        var weights = TownWeights.Take(count).ToArray();
        var towns = new List<GeneratedTown>();
        var first = 0;
        for (var i = 0; i < count; i++)
        {
            var share = i == count - 1 ? enterprises - first : enterprises * weights[i] / weights.Sum();
            towns.Add(new GeneratedTown(i, ChineseText.Towns[i].Code, ChineseText.Towns[i].Name, first, share));
            first += share;
        }
        return towns;
    }
}
