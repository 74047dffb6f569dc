using SafetyPortal.Inspections.Domain;

namespace SafetyPortal.Bench.City;

/// <summary>
/// The bureau's two work-order campaigns of 2026 at the seed city's volumes: confined spaces "one person, one lock" (once,
/// 501 enterprises, every one answered) and combustible dust swept daily (every day of the year, 383 enterprises, about
/// 97 % of the days answered). Enterprises are taken evenly from those with the key site, across the towns.
/// </summary>
public static class CityWorkOrders
{
    public const int LockTargets = 501;
    public const int DustTargets = 383;
    public const int DustAnsweredPercent = 97;

    /// <summary>有限空间专人专锁 / 有限空间作业实行专人专锁管理，上传上锁现场照片.</summary>
    public static readonly CampaignPlan Lock = new("\u6709\u9650\u7A7A\u95F4\u4E13\u4EBA\u4E13\u9501",
        "\u6709\u9650\u7A7A\u95F4\u4F5C\u4E1A\u5B9E\u884C\u4E13\u4EBA\u4E13\u9501\u7BA1\u7406\uFF0C\u4E0A\u4F20\u4E0A\u9501\u73B0\u573A\u7167\u7247",
        WorkOrderFrequency.Once, new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31), 2);

    /// <summary>粉尘涉爆每日清扫 / 涉爆粉尘作业场所每日清扫，上传清扫后现场照片.</summary>
    public static readonly CampaignPlan Dust = new("\u7C89\u5C18\u6D89\u7206\u6BCF\u65E5\u6E05\u626B",
        "\u6D89\u7206\u7C89\u5C18\u4F5C\u4E1A\u573A\u6240\u6BCF\u65E5\u6E05\u626B\uFF0C\u4E0A\u4F20\u6E05\u626B\u540E\u73B0\u573A\u7167\u7247",
        WorkOrderFrequency.Daily, CityInspections.YearStart, CityInspections.YearEnd, 1);

    /// <summary>市应急管理局, who pushed them.</summary>
    public const string Bureau = "\u5E02\u5E94\u6025\u7BA1\u7406\u5C40";

    /// <summary>Whether the enterprise at this place in the campaign answered the daily order on that day.</summary>
    public static bool AnsweredOn(int order, DateOnly day) => Mix(order, day.DayNumber) % 100 < DustAnsweredPercent;

    /// <summary>Minutes after 08:00 China time an answer came in.</summary>
    public static int MinuteOf(int order, DateOnly day) => (int)(Mix(day.DayNumber, order) % 600);

    /// <summary>Takes count items spread evenly over the list.</summary>
    public static List<T> Spread<T>(IReadOnlyList<T> all, int count) =>
        [.. Enumerable.Range(0, Math.Min(count, all.Count)).Select(i => all[(int)((long)i * all.Count / Math.Min(count, all.Count))])];

    private static uint Mix(int a, int b)
    {
        var h = unchecked(((uint)a * 2_654_435_761u) ^ ((uint)b * 2_246_822_519u));
        h ^= h >> 15;
        h = unchecked(h * 2_654_435_761u);
        return h ^ (h >> 13);
    }
}
