using System.Data;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using SafetyPortal.Bench.City;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Exams.Papers;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Bench.Exams;

/// <summary>Writes the city's question bank through EF and a year of attempts with MySqlBulkCopy (millions of rows).</summary>
internal static class CityExamSeeder
{
    private const int Chunk = 50_000;

    /// <summary>Seeds everything; returns each town's exams and the number of attempts and attempt questions written.</summary>
    public static async Task<(Dictionary<string, Guid[]> Exams, long Attempts, long Rows)> SeedAsync(IServiceProvider services, string connectionString,
        CityExams exams, IReadOnlyDictionary<string, Guid> townIds)
    {
        var city = exams.City;
        var questionIds = new Dictionary<int, Guid>();
        await AddBankAsync(services, null, 0, CityExams.BureauQuestions, questionIds);
        var byTown = new Dictionary<string, Guid[]>();
        long attempts = 0, rows = 0;
        for (var t = 0; t < city.Towns.Count; t++)
        {
            var town = city.Towns[t];
            var townId = townIds[town.Code];
            var first = CityExams.BureauQuestions + (t * CityExams.TownQuestions(city.Towns.Count));
            await AddBankAsync(services, townId, first, CityExams.TownQuestions(city.Towns.Count), questionIds);
            var papers = Enumerable.Range(0, CityExams.ExamsPerTown).Select(e => CityExams.PaperOf(t, e, city.Towns.Count).ToList()).ToList();
            byTown[town.Code] = await AddExamsAsync(services, townId, papers, questionIds);
            var enterprises = await EnterpriseIdsAsync(services, townId);
            for (var e = 0; e < papers.Count; e++)
            {
                var (a, r) = await WriteAttemptsAsync(connectionString, townId, byTown[town.Code][e], e, papers[e], questionIds,
                    city.StaffOf(town).Select(p => (p, enterprises[city.Enterprise(p.Enterprise).CreditCode])));
                attempts += a;
                rows += r;
            }
        }
        return (byTown, attempts, rows);
    }

    private static async Task AddBankAsync(IServiceProvider services, Guid? townId, int first, int count, Dictionary<int, Guid> ids)
    {
        await using var scope = services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(townId);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var category = new QuestionCategory { TenantId = townId, Name = townId is null ? "市局题库" : "镇街题库" };
        db.Add(category);
        foreach (var chunk in Enumerable.Range(first, count).Chunk(1_000))
        {
            foreach (var i in chunk)
            {
                var question = new Question
                {
                    TenantId = townId, CategoryId = category.Id, Kind = QuestionKind.SingleChoice, Name = "Q" + i.ToString(CultureInfo.InvariantCulture),
                    Stem = $"<p>{CityExams.Stem(i)}</p>", Difficulty = CityExams.Difficulty(i), NormalisedStemHash = Guid.NewGuid().ToString("N"),
                    Options = [.. Enumerable.Range(0, 4).Select(o => new QuestionOption
                    {
                        TenantId = townId, Text = $"<p>选项{o + 1}</p>", IsCorrect = o == 0, Fraction = o == 0 ? 1 : 0, SortOrder = o,
                    })],
                    Tags = [new QuestionTag { TenantId = townId, Kind = QuestionTagKind.RiskCategory, Code = CityExams.RiskCategoryOf(i) }],
                };
                db.Add(question);
                ids[i] = question.Id;
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    private static async Task<Guid[]> AddExamsAsync(IServiceProvider services, Guid townId, List<List<int>> papers, Dictionary<int, Guid> ids)
    {
        await using var scope = services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(townId);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var result = new List<Guid>();
        for (var e = 0; e < papers.Count; e++)
        {
            var paper = new Paper
            {
                TenantId = townId, Title = $"{CityTraining.Start.Year} 年第 {e + 1} 次考试", Kind = PaperKind.Fixed,
                Questions = [.. papers[e].Select((q, i) => new PaperQuestion { TenantId = townId, QuestionId = ids[q], Points = CityExams.PointsPerQuestion, SortOrder = i })],
            };
            db.Add(paper);
            var opens = CityTraining.Start.AddMonths(e * 6);
            var exam = new Exam
            {
                TenantId = townId, Title = paper.Title, PaperId = paper.Id, OpensAt = opens, ClosesAt = opens.AddMonths(1), DurationMinutes = 60,
                PassMark = CityExams.PassMark, AttemptsAllowed = 2, Status = ExamStatus.Published, PublishedTime = opens,
            };
            db.Add(exam);
            result.Add(exam.Id);
        }
        await db.SaveChangesAsync();
        return [.. result];
    }

    internal static async Task<Dictionary<string, Guid>> EnterpriseIdsAsync(IServiceProvider services, Guid townId)
    {
        await using var scope = services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(townId);
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<EnterpriseProfile>().ToDictionaryAsync(p => p.CreditCode, p => p.Id);
    }

    private static async Task<(long Attempts, long Rows)> WriteAttemptsAsync(string connectionString, Guid townId, Guid examId, int exam, List<int> paper,
        Dictionary<int, Guid> ids, IEnumerable<(GeneratedPerson Person, Guid Enterprise)> staff)
    {
        await using var connection = new MySqlConnection(new MySqlConnectionStringBuilder(connectionString) { AllowLoadLocalInfile = true }.ConnectionString);
        await connection.OpenAsync();
        var attemptTable = AttemptTable();
        var questionTable = QuestionTable();
        long attempts = 0, rows = 0;
        var opens = CityTraining.Start.AddMonths(exam * 6);
        foreach (var (person, enterprise) in staff)
        {
            foreach (var (no, correct) in CityExams.Sittings(person.Index, exam, paper))
            {
                var attemptId = Guid.NewGuid();
                var started = opens.AddMinutes((person.Index % 20_000) + (no * 1_440));
                var score = correct.Count(c => c) * CityExams.PointsPerQuestion;
                attemptTable.Rows.Add(attemptId.ToString(), townId.ToString(), examId.ToString(), Person(person.Index).ToString(), no, started,
                    started.AddMinutes(60), 2, started.AddMinutes(40), 1, paper.Count * CityExams.PointsPerQuestion, score,
                    score >= CityExams.PassMark, 0, enterprise.ToString(), person.Position, Guid.NewGuid().ToString(), started);
                for (var i = 0; i < paper.Count; i++)
                {
                    questionTable.Rows.Add(Guid.NewGuid().ToString(), townId.ToString(), attemptId.ToString(), i + 1, ids[paper[i]].ToString(), 1,
                        (int)QuestionKind.SingleChoice, CityExams.Stem(paper[i]), "[]", "[]", CityExams.PointsPerQuestion,
                        correct[i] ? "[\"A\"]" : "[\"B\"]", i + 1, started.AddMinutes(i + 1), correct[i] ? CityExams.PointsPerQuestion : 0m);
                }
                attempts++;
                rows += paper.Count;
                if (questionTable.Rows.Count >= Chunk)
                {
                    await FlushAsync(connection, attemptTable, questionTable);
                }
            }
        }
        await FlushAsync(connection, attemptTable, questionTable);
        return (attempts, rows);
    }

    private static async Task FlushAsync(MySqlConnection connection, DataTable attempts, DataTable questions)
    {
        await BenchBulkCopy.WriteAsync(connection, attempts, "ExamsAttempts");
        await BenchBulkCopy.WriteAsync(connection, questions, "ExamsAttemptQuestions");
    }

    private static DataTable AttemptTable() => Table(
        ("Id", typeof(string)), ("TenantId", typeof(string)), ("ExamId", typeof(string)), ("UserId", typeof(string)), ("AttemptNo", typeof(int)),
        ("StartedAt", typeof(DateTime)), ("Deadline", typeof(DateTime)), ("Status", typeof(int)), ("SubmittedAt", typeof(DateTime)),
        ("SubmitReason", typeof(int)), ("MaxScore", typeof(decimal)), ("Score", typeof(decimal)),
        ("Passed", typeof(bool)), ("LeavePageCount", typeof(int)), ("EnterpriseId", typeof(string)), ("Position", typeof(string)),
        ("ConcurrencyStamp", typeof(string)), ("CreationTime", typeof(DateTime)));

    private static DataTable QuestionTable() => Table(
        ("Id", typeof(string)), ("TenantId", typeof(string)), ("AttemptId", typeof(string)), ("No", typeof(int)), ("QuestionId", typeof(string)),
        ("QuestionVersion", typeof(int)), ("Kind", typeof(int)), ("Stem", typeof(string)), ("OptionsJson", typeof(string)), ("BlanksJson", typeof(string)),
        ("Points", typeof(decimal)), ("AnswerJson", typeof(string)), ("AnswerSequence", typeof(long)), ("AnsweredAt", typeof(DateTime)),
        ("Score", typeof(decimal)));

    internal static DataTable Table(params (string Name, Type Type)[] columns)
    {
        var table = new DataTable();
        foreach (var (name, type) in columns)
        {
            table.Columns.Add(name, type);
        }
        return table;
    }

    /// <summary>The generated person's user id (no user rows are needed to count results).</summary>
    public static Guid Person(int index) => new(index, 0x4558, 0x414D, [0, 0, 0, 0, 0, 0, 0, 2]);
}
