using System.Data;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using SafetyPortal.Bench.City;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Learning;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Bench.Learning;

/// <summary>Writes the generated courses (EF) and a year of study records per person (MySqlBulkCopy). Not timed.</summary>
internal static class LearningSeeder
{
    private const int Batch = 50_000;

    /// <summary>The bureau's courses and every town's own; answers the bureau lessons in order.</summary>
    public static async Task<List<Lesson>> SeedCoursesAsync(IServiceProvider services, CityLearning learning, IReadOnlyDictionary<string, Guid> towns)
    {
        var bureau = await AddCoursesAsync(services, null, 0, CityLearning.BureauCourses);
        foreach (var (town, i) in towns.Values.Select((t, i) => (t, i)))
        {
            await AddCoursesAsync(services, town, CityLearning.BureauCourses + (i * CityLearning.CoursesPerTown), CityLearning.CoursesPerTown);
        }
        return bureau;
    }

    private static async Task<List<Lesson>> AddCoursesAsync(IServiceProvider services, Guid? town, int first, int count)
    {
        await using var scope = services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(town);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var lessons = new List<Lesson>();
        for (var c = first; c < first + count; c++)
        {
            var course = new Course
            {
                Id = Guid.CreateVersion7(), TenantId = town, Title = CityLearning.CourseTitle(c), Status = CourseStatus.Published, PublishedTime = DateTime.UtcNow,
            };
            for (var h = 0; h < CityLearning.ChaptersPerCourse; h++)
            {
                var chapter = new Chapter { Id = Guid.CreateVersion7(), TenantId = town, CourseId = course.Id, Title = ChineseText.Measure, Order = h };
                for (var l = 0; l < CityLearning.LessonsPerChapter; l++)
                {
                    var video = l == 0;
                    chapter.Lessons.Add(new Lesson
                    {
                        Id = Guid.CreateVersion7(), TenantId = town, CourseId = course.Id, ChapterId = chapter.Id, Title = ChineseText.Measure, Order = l,
                        Kind = video ? LessonKind.Video : LessonKind.RichText, Body = video ? null : "<p>" + ChineseText.Measure + "</p>",
                        VideoSeconds = video ? 900 : null, CreditHours = CityLearning.HoursPerLesson, MinimumStudySeconds = 600,
                    });
                }
                course.Chapters.Add(chapter);
            }
            course.Recount();
            db.Add(course);
            lessons.AddRange(course.Chapters.SelectMany(ch => ch.Lessons));
        }
        await db.SaveChangesAsync();
        return lessons;
    }

    /// <summary>A year of completed lessons for every person of the town: progress rows and ledger entries, bulk-copied.</summary>
    public static async Task<long> SeedYearAsync(string connectionString, CityGenerator city, GeneratedTown town, Guid townId,
        IReadOnlyDictionary<int, Guid> enterprises, List<Lesson> bureauLessons, int year)
    {
        var progress = ProgressTable();
        var ledger = LedgerTable();
        long rows = 0;
        foreach (var person in city.StaffOf(town))
        {
            var user = CityLearning.UserId(person.Index);
            foreach (var (lessonIndex, n) in CityLearning.CompletedLessons(person.Index).Select((l, n) => (l, n)))
            {
                var lesson = bureauLessons[lessonIndex];
                var at = CityLearning.CompletedAt(year, person.Index, n);
                progress.Rows.Add(Guid.NewGuid(), townId, user, lesson.Id, lesson.CourseId, 600, 0d, 0d, at, at, Guid.NewGuid().ToString("N"));
                ledger.Rows.Add(Guid.NewGuid(), townId, user, enterprises[person.Enterprise], year, lesson.CreditHours, (int)CreditHourSource.Lesson,
                    lesson.Id, lesson.CourseId, lesson.Title, at, at);
                rows++;
            }
            if (progress.Rows.Count >= Batch)
            {
                await FlushAsync(connectionString, progress, ledger);
            }
        }
        await FlushAsync(connectionString, progress, ledger);
        return rows;
    }

    private static async Task FlushAsync(string connectionString, DataTable progress, DataTable ledger)
    {
        await using var connection = new MySqlConnection(new MySqlConnectionStringBuilder(connectionString) { AllowLoadLocalInfile = true }.ConnectionString);
        await connection.OpenAsync();
        foreach (var table in new[] { progress, ledger })
        {
            await BenchBulkCopy.WriteAsync(connection, table, table.TableName);
        }
    }

    private static DataTable ProgressTable() => Table("LearningLessonProgress",
        ("Id", typeof(Guid)), ("TenantId", typeof(Guid)), ("UserId", typeof(Guid)), ("LessonId", typeof(Guid)), ("CourseId", typeof(Guid)),
        ("StudiedSeconds", typeof(int)), ("LastPosition", typeof(double)), ("WatchedUpTo", typeof(double)), ("LastStudyTime", typeof(DateTime)),
        ("CompletedTime", typeof(DateTime)), ("ConcurrencyStamp", typeof(string)));

    private static DataTable LedgerTable() => Table("LearningCreditHourEntries",
        ("Id", typeof(Guid)), ("TenantId", typeof(Guid)), ("UserId", typeof(Guid)), ("EnterpriseId", typeof(Guid)), ("Year", typeof(int)),
        ("Hours", typeof(decimal)), ("Source", typeof(int)), ("SourceId", typeof(Guid)), ("CourseId", typeof(Guid)), ("Title", typeof(string)),
        ("EarnedTime", typeof(DateTime)), ("CreationTime", typeof(DateTime)));

    private static DataTable Table(string name, params (string Name, Type Type)[] columns)
    {
        var table = new DataTable(name) { Locale = System.Globalization.CultureInfo.InvariantCulture };
        foreach (var (column, type) in columns)
        {
            table.Columns.Add(column, type);
        }
        return table;
    }
}
