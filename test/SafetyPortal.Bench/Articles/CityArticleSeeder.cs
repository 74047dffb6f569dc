using System.Data;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Bench.City;
using SafetyPortal.Bench.Exams;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Learning;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Bench.Articles;

/// <summary>
/// Writes the city's 以案示警 articles (with tags) through EF, and the readings and each town's must-read (an assignment
/// through EF, a recipient per staff member) with MySqlBulkCopy. People are the exam seeder's user ids (no user rows).
/// </summary>
internal static class CityArticleSeeder
{
    private const int Chunk = 50_000;
    public const decimal MustReadHours = 0.5m;

    /// <summary>Seeds everything; returns the article ids (by issue), each town's must-read assignment, and the readings and recipients written.</summary>
    public static async Task<(Guid[] Articles, Dictionary<string, Guid> MustReads, long Readings, long Recipients)> SeedAsync(IServiceProvider services,
        string connectionString, CityArticles articles, IReadOnlyDictionary<string, Guid> townIds)
    {
        var city = articles.City;
        var readCounts = new int[CityArticles.ArticleCount(city.Towns.Count)];
        for (var t = 0; t < city.Towns.Count; t++)
        {
            foreach (var person in city.StaffOf(city.Towns[t]))
            {
                foreach (var (article, _) in CityArticles.ReadingsOf(person.Index, t))
                {
                    readCounts[article]++;
                }
            }
        }
        var ids = new Guid[readCounts.Length];
        for (var a = 0; a < ids.Length; a++)
        {
            ids[a] = await AddArticleAsync(services, CityArticles.TownOf(a) is { } town ? townIds[city.Towns[town].Code] : null, a, readCounts[a]);
        }
        var mustReads = new Dictionary<string, Guid>();
        long readings = 0, recipients = 0;
        await using var connection = new MySqlConnection(new MySqlConnectionStringBuilder(connectionString) { AllowLoadLocalInfile = true }.ConnectionString);
        await connection.OpenAsync();
        for (var t = 0; t < city.Towns.Count; t++)
        {
            var town = city.Towns[t];
            var townId = townIds[town.Code];
            var staff = city.StaffOf(town).ToList();
            var assignment = await AddMustReadAsync(services, townId, ids[CityArticles.MustRead], staff.Count);
            mustReads[town.Code] = assignment;
            var (enterprises, units) = await OrganizationAsync(services, townId);
            var readingTable = CityExamSeeder.Table(("Id", typeof(string)), ("TenantId", typeof(string)), ("ArticleId", typeof(string)),
                ("UserId", typeof(string)), ("FirstOpenedAt", typeof(DateTime)), ("ReadToEndAt", typeof(DateTime)));
            var recipientTable = CityExamSeeder.Table(("Id", typeof(string)), ("TenantId", typeof(string)), ("AssignmentId", typeof(string)),
                ("ArticleId", typeof(string)), ("UserId", typeof(string)), ("EnterpriseId", typeof(string)), ("UnitId", typeof(string)),
                ("ReadToEndAt", typeof(DateTime)));
            foreach (var person in staff)
            {
                var user = CityExamSeeder.Person(person.Index);
                object mustReadEnd = DBNull.Value;
                foreach (var (article, toTheEnd) in CityArticles.ReadingsOf(person.Index, t))
                {
                    var opened = CityArticles.PublishedAt(article).AddMinutes(30 + (person.Index % 10_000));
                    object end = toTheEnd ? opened.AddMinutes(3 + (person.Index % 7)) : DBNull.Value;
                    readingTable.Rows.Add(Guid.NewGuid().ToString(), townId.ToString(), ids[article].ToString(), user.ToString(), opened, end);
                    if (article == CityArticles.MustRead)
                    {
                        mustReadEnd = end;
                    }
                }
                var enterprise = enterprises[city.Enterprise(person.Enterprise).CreditCode];
                var unit = person.Department is { } department ? units[(enterprise, department)] : enterprise;
                recipientTable.Rows.Add(Guid.NewGuid().ToString(), townId.ToString(), assignment.ToString(), ids[CityArticles.MustRead].ToString(),
                    user.ToString(), enterprise.ToString(), unit.ToString(), mustReadEnd);
                if (readingTable.Rows.Count >= Chunk)
                {
                    readings += await BenchBulkCopy.WriteAsync(connection, readingTable, "ArticlesCaseWarningReadings");
                }
                if (recipientTable.Rows.Count >= Chunk)
                {
                    recipients += await BenchBulkCopy.WriteAsync(connection, recipientTable, "ArticlesMustReadRecipients");
                }
            }
            readings += await BenchBulkCopy.WriteAsync(connection, readingTable, "ArticlesCaseWarningReadings");
            recipients += await BenchBulkCopy.WriteAsync(connection, recipientTable, "ArticlesMustReadRecipients");
        }
        return (ids, mustReads, readings, recipients);
    }

    private static async Task<Guid> AddArticleAsync(IServiceProvider services, Guid? townId, int article, int readCount)
    {
        await using var scope = services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(townId);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var published = CityArticles.PublishedAt(article);
        var kind = CityArticles.CaseKind(article);
        var body = $"某企业{kind}，经执法检查发现并依法作出行政处罚。请各单位引以为戒，举一反三，开展自查自纠。";
        var entity = new CaseWarning
        {
            TenantId = townId, Title = CityArticles.Title(article), Summary = body,
            IssueNumber = string.Create(CultureInfo.InvariantCulture, $"{published.Year}年第{article + 1}期"),
            MarkdownBody = body, HtmlBody = $"<p>{body}</p>", ViolationType = kind, Penalty = "罚款人民币3万元",
            Status = CaseWarningStatus.Published, PublishAt = published, ReadCount = readCount,
            Tags = [.. CityArticles.RiskCategories(article).Distinct().Select(code => new CaseWarningTag
            {
                TenantId = townId, Kind = CaseWarningTagKind.RiskCategory, Code = code,
            })],
        };
        db.Add(entity);
        await db.SaveChangesAsync();
        return entity.Id;
    }

    private static async Task<Guid> AddMustReadAsync(IServiceProvider services, Guid townId, Guid articleId, int recipients)
    {
        await using var scope = services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(townId);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var assignment = new MustReadAssignment
        {
            TenantId = townId, ArticleId = articleId, ArticleTitle = CityArticles.Title(CityArticles.MustRead), Audience = TrainingAudience.None,
            CreditHours = MustReadHours, AssignedBy = CityExamSeeder.Person(0), RecipientCount = recipients,
        };
        db.Add(assignment);
        await db.SaveChangesAsync();
        return assignment.Id;
    }

    /// <summary>The town's enterprises by credit code, and their departments by (enterprise, name).</summary>
    private static async Task<(Dictionary<string, Guid> Enterprises, Dictionary<(Guid, string), Guid> Units)> OrganizationAsync(IServiceProvider services,
        Guid townId)
    {
        var enterprises = await CityExamSeeder.EnterpriseIdsAsync(services, townId);
        await using var scope = services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(townId);
        var departments = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<OrganizationUnit>().AsNoTracking()
            .Where(u => u.Kind == OrganizationUnitKind.Department && u.ParentId != null)
            .Select(u => new { ParentId = u.ParentId!.Value, u.DisplayName, u.Id }).ToListAsync();
        return (enterprises, departments.ToDictionary(u => (u.ParentId, u.DisplayName), u => u.Id));
    }
}
