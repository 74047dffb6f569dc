using System.Globalization;

namespace SafetyPortal.Bench.City;

/// <summary>
/// Full-staff training in the generated city: 40 bureau courses and 10 per town, each of 3 chapters of 4 lessons
/// (0.5 credit hours each, one in four a video), and a year of study per person: between 4 and 15 completed lessons of
/// bureau courses (a lesson-progress row and a ledger entry each), about 2 million rows of each for 200,000 staff.
/// Staff are keyed by <see cref="UserId"/>: the benchmark needs their records, not their accounts.
/// </summary>
public sealed class CityLearning(CityGenerator city)
{
    public const int BureauCourses = 40;
    public const int CoursesPerTown = 10;
    public const int ChaptersPerCourse = 3;
    public const int LessonsPerChapter = 4;
    public const decimal HoursPerLesson = 0.5m;

    public CityGenerator City { get; } = city;

    public static int LessonsPerCourse => ChaptersPerCourse * LessonsPerChapter;

    public static string CourseTitle(int index) => "课程" + index.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>A stable id for a generated person, so ledger rows and sessions need no account.</summary>
    public static Guid UserId(int person) => new(person, 0x5350, 0x4C52, [0, 0, 0, 0, 0, 0, 0, 1]);

    /// <summary>The bureau lessons (by index over all bureau lessons) a person completed this year.</summary>
    public static IEnumerable<int> CompletedLessons(int person)
    {
        var count = 4 + (int)((long)person * 2_654_435_761L % 12);
        var total = BureauCourses * LessonsPerCourse;
        var first = (int)((long)person * 7_919 % total);
        return Enumerable.Range(0, count).Select(i => (first + i) % total);
    }

    /// <summary>When in the year (day 0–364, second of the day) a person completed their n-th lesson.</summary>
    public static DateTime CompletedAt(int year, int person, int n) =>
        new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays((person + n * 23) % 365).AddSeconds((person * 37 + n * 911) % 86_400);
}
