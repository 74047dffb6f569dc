using System.Globalization;

namespace SafetyPortal.Bench.City;

/// <summary>
/// The generated city's question bank and a year of its exams: 8,700 single-choice questions (6,000 the bureau's,
/// the rest shared among the towns' own banks), each tagged with a risk category of the library; every town holds two
/// exams a year (first and second half) of a fixed 20-question paper, every staff member sits each, and about one in
/// six who fail sits it again. Whether an answer is right follows the person's ability and the question's difficulty,
/// so the item statistics have something to find. Deterministic.
/// </summary>
public sealed class CityExams(CityGenerator city)
{
    public const int CityQuestions = 8_700;
    public const int BureauQuestions = 6_000;
    public const int PaperQuestions = 20;
    public const int ExamsPerTown = 2;
    public const decimal PointsPerQuestion = 5;
    public const decimal PassMark = 60;

    public CityGenerator City { get; } = city;

    public static int TownQuestions(int towns) => (CityQuestions - BureauQuestions) / towns;

    public static string Stem(int question) => "关于风险辨识与管控的第 " + question.ToString(CultureInfo.InvariantCulture) + " 题";

    public static string RiskCategoryOf(int question) => CityRisks.CategoryCode(question % CityRisks.CityCategories);

    /// <summary>1 (easy) to 5 (hard).</summary>
    public static int Difficulty(int question) => (question * 7 % 5) + 1;

    /// <summary>The questions of a town's exam: its own bank's first ones and bureau questions, by exam.</summary>
    public static IEnumerable<int> PaperOf(int townIndex, int exam, int towns) =>
        Enumerable.Range(0, PaperQuestions).Select(i => i % 2 == 0
            ? BureauQuestions + (townIndex * TownQuestions(towns)) + (((exam * PaperQuestions) + i) % TownQuestions(towns))
            : ((townIndex * 97) + (exam * 41) + (i * 13)) % BureauQuestions);

    /// <summary>A person's sittings of an exam: the first, and a second for about one in six who failed.</summary>
    public static IEnumerable<(int AttemptNo, bool[] Correct)> Sittings(int person, int exam, IReadOnlyList<int> paper)
    {
        var random = new Random((person * 31) + exam);
        var ability = 0.45 + (0.5 * random.NextDouble());
        for (var no = 1; no <= 2; no++)
        {
            var correct = paper.Select(q => random.NextDouble() < Math.Clamp(ability * (1.25 - (0.1 * Difficulty(q))), 0.05, 0.98)).ToArray();
            yield return (no, correct);
            var passed = correct.Count(c => c) * PointsPerQuestion >= PassMark;
            if (passed || random.Next(6) != 0)
            {
                yield break;
            }
            ability = Math.Min(0.98, ability + 0.1);
        }
    }
}
