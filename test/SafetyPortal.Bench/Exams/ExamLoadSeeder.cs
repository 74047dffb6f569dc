using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Exams.Papers;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Seeding;

namespace SafetyPortal.Bench.Exams;

/// <summary>
/// One town with N employees (one password hash computed once and shared, so setting up costs no key derivation per
/// person; signing in still derives it, in the portal), a question bank of single-choice questions and a published
/// exam of a fixed paper with shuffled questions and options, open now.
/// </summary>
internal static class ExamLoadSeeder
{
    public const string TownCode = "examtown";
    public const string Password = "1q2w3E*";

    public static string UserName(int i) => $"cand{i:D5}";

    /// <summary>Seeds and answers the load run's exam and a second one (same paper) for the throughput comparison.</summary>
    public static async Task<(Guid LoadExam, Guid ThroughputExam)> SeedAsync(IServiceProvider services, int candidates, int questions)
    {
        Guid townId;
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().InitializeAsync();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var town = new Tenant { Code = TownCode, Name = "考试镇" };
            db.Add(town);
            await db.SaveChangesAsync();
            townId = town.Id;
            await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(new DataSeedContext(IsDemo: false));
        }
        await using (var scope = services.CreateAsyncScope())
        {
            using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(townId);
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            await AddCandidatesAsync(db, townId, candidates);
            return await AddExamAsync(db, townId, questions);
        }
    }

    private static async Task AddCandidatesAsync(PortalDbContext db, Guid townId, int candidates)
    {
        var role = await db.Set<PortalRole>().Where(r => r.Name == PortalRoles.Employee).Select(r => r.Id).SingleAsync();
        var hash = new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), Password);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var chunk in Enumerable.Range(0, candidates).Chunk(1_000))
        {
            foreach (var i in chunk)
            {
                var user = new PortalUser
                {
                    Id = Guid.CreateVersion7(), TenantId = townId, UserName = UserName(i), NormalizedUserName = UserName(i).ToUpperInvariant(),
                    DisplayName = "考生" + i.ToString("D5", System.Globalization.CultureInfo.InvariantCulture), PasswordHash = hash,
                    SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString(), EmailConfirmed = true,
                    LockoutEnabled = true, CreationTime = DateTime.UtcNow,
                };
                db.Add(user);
                db.Add(new IdentityUserRole<Guid> { UserId = user.Id, RoleId = role });
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    private static async Task<(Guid, Guid)> AddExamAsync(PortalDbContext db, Guid townId, int questions)
    {
        var category = new QuestionCategory { TenantId = townId, Name = "压测题库" };
        db.Add(category);
        var paper = new Paper { TenantId = townId, Title = "压测试卷", Kind = PaperKind.Fixed };
        for (var i = 0; i < questions; i++)
        {
            var question = new Question
            {
                TenantId = townId, CategoryId = category.Id, Kind = QuestionKind.SingleChoice, Name = $"Q{i + 1}",
                Stem = $"<p>第 {i + 1} 题：有限空间作业前，下列做法正确的是？</p>", Explanation = "<p>先通风、再检测、后作业。</p>",
                NormalisedStemHash = Guid.NewGuid().ToString("N"),
                Options = [.. Enumerable.Range(0, 4).Select(o => new QuestionOption
                {
                    TenantId = townId, Text = $"<p>选项 {o + 1}</p>", IsCorrect = o == i % 4, Fraction = o == i % 4 ? 1 : 0, SortOrder = o,
                })],
            };
            db.Add(question);
            paper.Questions.Add(new PaperQuestion { TenantId = townId, QuestionId = question.Id, Points = 2, SortOrder = i });
        }
        db.Add(paper);
        var load = Exam(townId, paper.Id, "全员安全知识考试（压测）", questions);
        var throughput = Exam(townId, paper.Id, "吞吐对比考试", questions);
        db.AddRange(load, throughput);
        await db.SaveChangesAsync();
        return (load.Id, throughput.Id);
    }

    private static Exam Exam(Guid townId, Guid paperId, string title, int questions)
    {
        var now = DateTime.UtcNow;
        return new Exam
        {
            TenantId = townId, Title = title, PaperId = paperId, OpensAt = now.AddHours(-1), ClosesAt = now.AddHours(4),
            DurationMinutes = 180, PassMark = questions * 2 * 0.6m, AttemptsAllowed = 1, ShuffleQuestions = true, ShuffleOptions = true,
            Status = ExamStatus.Published, PublishedTime = now,
        };
    }
}
