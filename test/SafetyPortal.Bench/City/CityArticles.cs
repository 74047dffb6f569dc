using System.Globalization;

namespace SafetyPortal.Bench.City;

/// <summary>
/// The generated city's 以案示警 column and its readers: the bureau's 49 issues (one a week from mid-December 2025, the
/// newest on 2026-11-16) and six of each town's own, each on a case of one kind and tagged with two risk categories of the
/// library; every staff member opens about one article in eight, and reads about three in four of those to the end. Each
/// town assigns the bureau's newest issue as required reading to all its staff. Deterministic.
/// </summary>
public sealed class CityArticles(CityGenerator city)
{
    public const int BureauIssues = 49;
    public const int TownIssues = 6;
    public const int OpenOneIn = 8;
    public static readonly DateTime FirstIssue = new(2025, 12, 15, 2, 0, 0, DateTimeKind.Utc);

    private static readonly string[] Cases =
    [
        "伪造安全生产教育培训记录", "安全培训走过场", "事故隐患未及时消除", "主要负责人未履行安全生产管理职责", "有限空间作业未经审批",
        "粉尘未按规定清扫", "动火作业未落实安全措施", "未如实记录隐患排查治理情况", "特种作业人员无证上岗",
    ];

    public CityGenerator City { get; } = city;

    /// <summary>Issue numbers 1–49 are the bureau's; a town's own follow, per town.</summary>
    public static int ArticleCount(int towns) => BureauIssues + (towns * TownIssues);

    /// <summary>The town (index) that owns article <paramref name="article"/>, or null for the bureau's.</summary>
    public static int? TownOf(int article) => article < BureauIssues ? null : (article - BureauIssues) / TownIssues;

    public static string Title(int article) =>
        $"以案示警（第{(article + 1).ToString(CultureInfo.InvariantCulture)}期）：某企业{Cases[article % Cases.Length]}被依法查处";

    public static string CaseKind(int article) => Cases[article % Cases.Length];

    public static IReadOnlyList<string> RiskCategories(int article) =>
        [CityRisks.CategoryCode(article * 17 % CityRisks.CityCategories), CityRisks.CategoryCode((article * 31 + 5) % CityRisks.CityCategories)];

    public static DateTime PublishedAt(int article) => FirstIssue.AddDays(7 * (article < BureauIssues ? article : (article - BureauIssues) % TownIssues * 8));

    /// <summary>The bureau's newest issue: each town's must-read.</summary>
    public static int MustRead => BureauIssues - 1;

    /// <summary>
    /// What a person did with the articles their town shows (the bureau's and the town's own): (article, read to the end).
    /// The must-read is opened by about two in three.
    /// </summary>
    public static IEnumerable<(int Article, bool ToTheEnd)> ReadingsOf(int person, int townIndex)
    {
        var random = new Random(person * 7 + 3);
        foreach (var article in Enumerable.Range(0, BureauIssues).Concat(Enumerable.Range(BureauIssues + (townIndex * TownIssues), TownIssues)))
        {
            var opens = article == MustRead ? random.Next(3) != 0 : random.Next(OpenOneIn) == 0;
            if (opens)
            {
                yield return (article, random.Next(4) != 0);
            }
        }
    }
}
