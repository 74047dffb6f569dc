using Microsoft.Extensions.Localization;
using SafetyPortal.Articles.CaseWarnings;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Learning;
using SafetyPortal.Platform.Notifications;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Articles.MustRead;

/// <summary>
/// Assigns a published article as required reading: the audience is resolved now, by the rules training plans enrol
/// by, and each person reached gets a recipient row and a notice. People who already read the article to the end count
/// as done at once (and earn the hours). The assignment, its rows, the hours and the notices commit together.
/// </summary>
public sealed class AssignMustRead(PortalDbContext db, SignedInUser user, MustReadArticles articles, ITrainingAudienceStaff staff, IStaffRoster roster,
    MustReadCredit credit, INotificationPublisher publisher, TimeProvider clock, IStringLocalizer<ArticlesResource> text)
{
    public const string NoticeKind = "Articles.MustRead";
    private const TrainingAudience AllGroups = TrainingAudience.Principal | TrainingAudience.SafetyManager | TrainingAudience.Frontline
        | TrainingAudience.SpecialOperations;

    public async Task<MustReadAssignmentDto> AssignAsync(AssignMustReadRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (user.TenantId is null)
        {
            throw new ForbiddenException(text["MustRead.InsideTown"]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var errors = new ValidationErrors();
        var article = request.ArticleId is { } articleId ? await articles.FindPublishedAsync(articleId, cancellationToken) : null;
        if (article is null)
        {
            errors.Add("articleId", text[request.ArticleId is null ? "MustRead.ArticleRequired" : "MustRead.ArticleNotPublished"]);
        }
        if ((request.Audience & ~AllGroups) != 0)
        {
            errors.Add("audience", text["MustRead.AudienceInvalid"]);
        }
        var hours = request.CreditHours ?? 0m;
        if (hours < 0 || hours > MustReadAssignment.MaxCreditHours || decimal.Round(hours, 2) != hours)
        {
            errors.Add("creditHours", text["MustRead.HoursRange", MustReadAssignment.MaxCreditHours]);
        }
        if (request.Deadline is { } deadline && deadline.ToUniversalTime() <= now)
        {
            errors.Add("deadline", text["MustRead.DeadlinePast"]);
        }
        var (enterpriseId, unitCode) = await TargetAsync(request.OrganizationUnitId, errors, cancellationToken);
        errors.ThrowIfAny();

        var assignment = new MustReadAssignment
        {
            TenantId = user.TenantId, ArticleId = article!.Value.Id, ArticleTitle = Cut(article.Value.Title, MustReadAssignment.MaxTitleLength),
            OwnerEnterpriseId = enterpriseId, EnterpriseId = enterpriseId, OrganizationUnitCode = unitCode, Audience = request.Audience,
            CreditHours = hours, Deadline = request.Deadline?.ToUniversalTime(), AssignedBy = user.Id,
        };
        var members = await staff.FindAsync(new TrainingAudienceTarget(enterpriseId, unitCode, request.Audience), cancellationToken);
        var readers = await articles.ReadToEndTimesAsync(assignment.ArticleId, cancellationToken);
        db.Add(assignment);
        foreach (var member in members)
        {
            db.Add(new MustReadRecipient
            {
                TenantId = user.TenantId, AssignmentId = assignment.Id, ArticleId = assignment.ArticleId, UserId = member.UserId,
                EnterpriseId = member.EnterpriseId, UnitId = member.UnitId, ReadToEndAt = readers.GetValueOrDefault(member.UserId),
            });
        }
        assignment.RecipientCount = members.Count;
        var done = members.Where(m => readers.ContainsKey(m.UserId)).Select(m => m.UserId).ToList();
        if (hours > 0)
        {
            await credit.GrantAsync(assignment.ArticleId, assignment.ArticleTitle, hours, done, cancellationToken);
        }
        var pending = members.Select(m => m.UserId).Except(done).ToList();
        if (pending.Count > 0)
        {
            await publisher.PublishAsync(new NotificationRequest(NoticeKind, pending, text["MustRead.NoticeTitle", assignment.ArticleTitle],
                assignment.Deadline is { } due ? text["MustRead.NoticeBodyDue", Day(due)] : text["MustRead.NoticeBody"],
                MustReadLinks.Article(assignment.ArticleId)), cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return new MustReadAssignmentDto(assignment.Id, assignment.ArticleId, assignment.ArticleTitle, enterpriseId is not null, unitCode,
            assignment.Audience, hours, assignment.Deadline, assignment.CreationTime, members.Count, done.Count);
    }

    /// <summary>Enterprise staff: their own enterprise (a unit of it, if named); town staff: a unit subtree of the town, or the whole town.</summary>
    private async Task<(Guid? EnterpriseId, string? UnitCode)> TargetAsync(Guid? unitId, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var visible = await user.VisibleEnterprisesAsync(cancellationToken);
        Guid? enterpriseId = null;
        if (visible is not null)
        {
            if (visible.Count != 1)
            {
                errors.Add("organizationUnitId", text["MustRead.OneEnterprise"]);
                return (null, null);
            }
            enterpriseId = visible[0];
        }
        if (unitId is null)
        {
            return (enterpriseId, null);
        }
        if (await roster.CodeWithinAsync(unitId.Value, enterpriseId, cancellationToken) is not { } code)
        {
            errors.Add("organizationUnitId", text["MustRead.UnitUnknown"]);
            return (enterpriseId, null);
        }
        return (enterpriseId, code);
    }

    private static string Day(DateTime utc) => LocalTimeTagHelper.FormatChinaTime(utc, "yyyy-MM-dd");

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];
}
