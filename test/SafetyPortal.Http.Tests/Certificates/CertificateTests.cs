using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Certificates;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Http.Tests.ExamAttempts;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Platform.Data;
using UglyToad.PdfPig;
using static SafetyPortal.Http.Tests.ExamAttempts.ExamClient;

namespace SafetyPortal.Http.Tests.Certificates;

/// <summary>证书: passing an exam issues one certificate that anyone can verify by its serial; PDF, QR code, revoking, healing.</summary>
public abstract class CertificateTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory, IExamFactory
{
    private const string Town = "chengxiang";
    private const string Employee = "吴芳";

    private Task<PortalClient> SignedInAsync(string userName, string town = Town) => factory.CreatePortalClient().SignedInAsync(town, userName);

    [Fact]
    public async Task Passing_an_exam_gives_a_certificate_whose_serial_verifies_anonymously()
    {
        var (attemptId, _) = await SitAsync(passing: true);
        using var employee = await SignedInAsync("employee");
        var certificate = await MineForAsync(employee, attemptId);
        Assert.Matches("^SP-[0-9]{4}-[0-9A-HJKMNP-TV-Z]{10}$", certificate.Serial);
        Assert.Equal((Employee, "安全知识考试", CertificateStatus.Valid), (certificate.HolderName, certificate.Title, certificate.Status));
        Assert.Contains(certificate.Lines, l => l.Contains('5', StringComparison.Ordinal));
        Assert.EndsWith("/Exams/Certificates/Verify/" + certificate.Serial, certificate.VerifyUrl, StringComparison.Ordinal);
        Assert.Contains(certificate.Serial, await employee.Http.GetStringAsync("/Exams/Certificates"), StringComparison.Ordinal);

        using var visitor = factory.CreatePortalClient();
        var verified = await OkAsync<CertificateVerificationDto>(await visitor.Http.GetAsync($"{Api}/certificates/verify/{certificate.Serial.ToLowerInvariant()}"));
        Assert.Equal((certificate.Serial, "吴*", "安全知识考试", CertificateStatus.Valid, "城厢镇"),
            (verified.Serial, verified.HolderName, verified.Title, verified.Status, verified.TownName));
        var page = await visitor.Http.GetAsync(new Uri(certificate.VerifyUrl).PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("data-status=\"Valid\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Employee, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failing_an_exam_gives_no_certificate()
    {
        var (attemptId, _) = await SitAsync(passing: false);
        using var employee = await SignedInAsync("employee");
        // Reading 我的证书 heals missing certificates: a failed attempt must not get one that way either.
        await OkAsync<PagedDocument<CertificateDto>>(await employee.Http.GetAsync($"{Api}/certificates/my?pageSize=200"));
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Assert.False(await db.Set<Certificate>().IgnoreQueryFilters().AnyAsync(c => c.SourceId == attemptId));
    }

    [Fact]
    public async Task The_submit_handlers_run_twice_issue_one_certificate_and_a_lost_one_is_healed()
    {
        var (attemptId, _) = await SitAsync(passing: true);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var attempt = await db.Set<Attempt>().IgnoreQueryFilters().Include(a => a.Questions).FirstAsync(a => a.Id == attemptId);
            var exam = await db.Set<Exam>().IgnoreQueryFilters().AsNoTracking().FirstAsync(e => e.Id == attempt.ExamId);
            var handlers = scope.ServiceProvider.GetRequiredService<AttemptSubmittedHandlers>();
            await handlers.RunAsync(attempt, exam, CancellationToken.None);
            await handlers.RunAsync(attempt, exam, CancellationToken.None);
            var certificate = Assert.Single(await db.Set<Certificate>().IgnoreQueryFilters().Where(c => c.SourceId == attemptId).ToListAsync());
            // A crash between the submit and the handler: the certificate is not there.
            db.Remove(certificate);
            await db.SaveChangesAsync();
        }
        using var employee = await SignedInAsync("employee");
        var healed = await MineForAsync(employee, attemptId);
        Assert.Equal(CertificateStatus.Valid, healed.Status);
    }

    [Fact]
    public async Task An_attempt_submitted_by_the_deadline_sweep_gets_its_certificate_in_the_candidates_town()
    {
        var examId = await ExamAsync();
        using var employee = await SignedInAsync("employee");
        var attempt = await OkAsync<AttemptDto>(await employee.StartAsync(examId), HttpStatusCode.Created);
        await OkAsync<SaveAnswerResultDto>(await employee.AnswerAsync(attempt.Id, 1, 1, "B"));
        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AttemptSweep>().SweepAsync(CancellationToken.None);
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var certificate = await db.Set<Certificate>().IgnoreQueryFilters().AsNoTracking().SingleAsync(c => c.SourceId == attempt.Id);
        var town = await db.Set<Attempt>().IgnoreQueryFilters().Where(a => a.Id == attempt.Id).Select(a => a.TenantId).SingleAsync();
        Assert.Equal((town, "城厢镇", Employee), (certificate.TenantId, certificate.TownName, certificate.HolderName));
        Assert.NotNull(town);
    }

    [Fact]
    public async Task A_revoked_certificate_verifies_as_revoked_with_its_reason()
    {
        var (attemptId, examId) = await SitAsync(passing: true);
        using var admin = await SignedInAsync("townadmin");
        var listed = await OkAsync<PagedDocument<CertificateDto>>(await admin.Http.GetAsync($"{Api}/exams/{examId}/certificates?search=吴"));
        var certificate = Assert.Single(listed.Items);

        var noReason = await admin.Http.PostAsJsonAsync($"{Api}/certificates/{certificate.Id}/revoke", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Reason", (await noReason.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!.Keys);
        using (var employee = await SignedInAsync("employee"))
        {
            var refused = await employee.Http.PostAsJsonAsync($"{Api}/certificates/{certificate.Id}/revoke", new { reason = "自己撤销" });
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        }
        var revoked = await OkAsync<CertificateDto>(await admin.Http.PostAsJsonAsync($"{Api}/certificates/{certificate.Id}/revoke",
            new { reason = "考试作弊，成绩作废", certificate.ConcurrencyStamp }));
        Assert.Equal(CertificateStatus.Revoked, revoked.Status);

        using var visitor = factory.CreatePortalClient();
        var verified = await OkAsync<CertificateVerificationDto>(await visitor.Http.GetAsync($"{Api}/certificates/verify/{certificate.Serial}"));
        Assert.Equal((CertificateStatus.Revoked, "考试作弊，成绩作废"), (verified.Status, verified.RevokeReason));
        var html = await visitor.Http.GetStringAsync($"/Exams/Certificates/Verify/{certificate.Serial}");
        Assert.Contains("data-status=\"Revoked\"", html, StringComparison.Ordinal);
        Assert.Contains("考试作弊，成绩作废", html, StringComparison.Ordinal);

        var export = await admin.Http.GetAsync($"{Api}/exams/{examId}/certificates/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        Assert.Contains(certificate.Serial, await admin.Http.GetStringAsync($"/Exams/Certificates/Manage?ExamId={examId}"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("SP-2026-0000000000")]
    [InlineData("not-a-serial")]
    public async Task An_unknown_serial_is_a_404_page_never_a_500(string serial)
    {
        using var visitor = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.Http.GetAsync($"{Api}/certificates/verify/{serial}")).StatusCode);
        var page = await visitor.Http.GetAsync($"/Exams/Certificates/Verify/{serial}");
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("data-testid=\"not-found\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_pdf_carries_the_holders_chinese_name_and_the_serial()
    {
        var (attemptId, _) = await SitAsync(passing: true);
        using var employee = await SignedInAsync("employee");
        var certificate = await MineForAsync(employee, attemptId);
        var response = await employee.Http.GetAsync($"{Api}/certificates/{certificate.Id}/pdf");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains(Employee, text, StringComparison.Ordinal);
        Assert.Contains(certificate.Serial, text, StringComparison.Ordinal);
        Assert.Contains("安全知识考试", text, StringComparison.Ordinal);

        var sheet = await employee.Http.GetStringAsync($"/Exams/Certificates/View/{certificate.Id}");
        Assert.Contains("A4 landscape", sheet, StringComparison.Ordinal);
        Assert.Contains("<svg", sheet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_qr_code_decodes_to_the_verification_url()
    {
        var (attemptId, _) = await SitAsync(passing: true);
        using var employee = await SignedInAsync("employee");
        var certificate = await MineForAsync(employee, attemptId);
        var png = await employee.Http.GetByteArrayAsync($"{Api}/certificates/{certificate.Id}/qr");
        Assert.Equal(certificate.VerifyUrl, QrDecoding.Decode(png));
    }

    [Fact]
    public async Task Another_town_and_other_candidates_cannot_read_a_certificate()
    {
        var (attemptId, _) = await SitAsync(passing: true);
        using var employee = await SignedInAsync("employee");
        var certificate = await MineForAsync(employee, attemptId);
        using var shaxi = await SignedInAsync("townadmin", "shaxi");
        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.Http.GetAsync($"{Api}/certificates/{certificate.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.Http.PostAsJsonAsync($"{Api}/certificates/{certificate.Id}/revoke", new { reason = "x" })).StatusCode);
        using var manager = await SignedInAsync("principal");
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync($"{Api}/certificates/{certificate.Id}/pdf")).StatusCode);
        using var townadmin = await SignedInAsync("townadmin");
        Assert.Equal(HttpStatusCode.OK, (await townadmin.Http.GetAsync($"{Api}/certificates/{certificate.Id}")).StatusCode);
    }

    /// <summary>The employee sits a fresh one-question exam (5 points, pass mark 3) and submits a right or a wrong answer.</summary>
    private async Task<(Guid AttemptId, Guid ExamId)> SitAsync(bool passing)
    {
        var examId = await ExamAsync();
        using var employee = await SignedInAsync("employee");
        var attempt = await OkAsync<AttemptDto>(await employee.StartAsync(examId), HttpStatusCode.Created);
        await OkAsync<SaveAnswerResultDto>(await employee.AnswerAsync(attempt.Id, 1, 1, passing ? "B" : "A"));
        var submitted = await OkAsync<AttemptDto>(await employee.Http.PostAsync($"{Api}/attempts/{attempt.Id}/submit", null));
        Assert.Equal(passing, submitted.Passed);
        return (attempt.Id, examId);
    }

    /// <summary>A published one-question exam of 城厢镇 (5 points, answer "B", pass mark 3, 30 minutes).</summary>
    private async Task<Guid> ExamAsync()
    {
        using var admin = await SignedInAsync("townadmin");
        var category = await admin.CategoryAsync($"证书 {Guid.NewGuid():N}");
        var question = await admin.QuestionAsync(category, SingleChoice(category, $"<p>动火作业前应当？{Guid.NewGuid():N}</p>"));
        var paper = await admin.PaperAsync(new { title = "证书试卷", kind = "Fixed", questions = new[] { new { questionId = question, points = 5 } } });
        return (await admin.PublishedExamAsync(paper.Id, factory.Clock.UtcNow)).Id;
    }

    private async Task<CertificateDto> MineForAsync(PortalClient holder, Guid attemptId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var mine = await OkAsync<PagedDocument<CertificateDto>>(await holder.Http.GetAsync($"{Api}/certificates/my?pageSize=200"));
        var serial = await db.Set<Certificate>().IgnoreQueryFilters().Where(c => c.SourceId == attemptId).Select(c => c.Serial).SingleAsync();
        return Assert.Single(mine.Items, c => c.Serial == serial);
    }
}
