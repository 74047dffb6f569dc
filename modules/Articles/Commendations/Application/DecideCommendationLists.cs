using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Certificates;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Articles.Commendations.Application;

/// <summary>
/// The bureau's side: the proposed lists of every town (a host-only cross-town read, like the bureau's other
/// overviews), approve or return with a reason, publish as the honour roll with a certificate per commended person.
/// A town's draft is the town's own: the bureau does not find it.
/// </summary>
public sealed class DecideCommendationLists(PortalDbContext db, CommendationScope scope, SignedInUser user, ICertificateIssuer certificates,
    TimeProvider clock, IStringLocalizer<ArticlesResource> text)
{
    public const string CertificateSource = "Articles.Commendation";

    public async Task<PagedResult<CommendationListSummaryDto>> QueueAsync(CommendationStatus? status, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        scope.RequireBureau();
        var names = await scope.TownNamesAsync(cancellationToken);
        var result = await Decidable().AsNoTracking().Where(l => status == null ? l.Status == CommendationStatus.Proposed : l.Status == status)
            .OrderBy(l => l.ProposedTime).ThenBy(l => l.Id)
            .Select(CommendationListSummaryDto.Projection)
            .ToPagedResultAsync(page, cancellationToken);
        return result with { Items = [.. result.Items.Select(l => l with { TownName = names.GetValueOrDefault(l.TownId ?? Guid.Empty) })] };
    }

    public async Task<CommendationListDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        scope.RequireBureau();
        return await DtoAsync(await LoadAsync(id, cancellationToken), cancellationToken);
    }

    public async Task<CommendationListDto> ApproveAsync(Guid id, StampRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var list = await ProposedAsync(id, request.ConcurrencyStamp, cancellationToken);
        (list.Status, list.DecidedTime, list.DecidedBy) = (CommendationStatus.Approved, clock.GetUtcNow().UtcDateTime, user.Id);
        await db.SaveChangesAsync(cancellationToken);
        return await DtoAsync(list, cancellationToken);
    }

    /// <summary>Sends the list back to the town with the bureau's reason (400 on <c>reason</c> without one).</summary>
    public async Task<CommendationListDto> ReturnAsync(Guid id, ReasonRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        CommendationReasons.Require(errors, request.Reason, "reason", text);
        errors.ThrowIfAny();
        var list = await ProposedAsync(id, request.ConcurrencyStamp, cancellationToken);
        (list.Status, list.DecidedTime, list.DecidedBy, list.ReturnReason) =
            (CommendationStatus.Returned, clock.GetUtcNow().UtcDateTime, user.Id, request.Reason!.Trim());
        await db.SaveChangesAsync(cancellationToken);
        return await DtoAsync(list, cancellationToken);
    }

    /// <summary>
    /// Publishes an approved list: the honour roll shows it to the town, and each commended person gets a certificate
    /// (the issuer is idempotent per entry, so publishing again, or after a failure part way, issues none twice).
    /// </summary>
    public async Task<CommendationListDto> PublishAsync(Guid id, StampRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        scope.RequireBureau();
        var list = await LoadAsync(id, cancellationToken);
        if (list.Status is not (CommendationStatus.Approved or CommendationStatus.Published))
        {
            throw new ForbiddenException(text["Commendations.NotApproved"]);
        }
        db.Entry(list).Property(l => l.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp ?? "";
        if (list.Status == CommendationStatus.Approved)
        {
            (list.Status, list.PublishedTime) = (CommendationStatus.Published, clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
        }
        var town = (await scope.TownNamesAsync(cancellationToken)).GetValueOrDefault(list.TenantId ?? Guid.Empty, "");
        foreach (var entry in list.Entries.Where(e => e.Kind == CommendationEntryKind.Individual && !e.Excluded))
        {
            entry.CertificateSerial = await certificates.IssueAsync(new CertificateRequest(list.TenantId, entry.SubjectId, entry.Name,
                Fit(list.Title, CertificateRequest.MaxTitleLength),
                [Fit(text["Commendations.CertificateLine", town, list.Period.ToString(), entry.Rank?.ToString(CultureInfo.InvariantCulture) ?? "-"], CertificateRequest.MaxLineLength)],
                CertificateSource, entry.Id), cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        return await DtoAsync(list, cancellationToken);
    }

    /// <summary>Every town's lists the bureau decides on: past the town's draft.</summary>
    private IQueryable<CommendationList> Decidable() =>
        db.Set<CommendationList>().IgnoreQueryFilters().Where(l => l.TenantId != null && l.Status != CommendationStatus.Draft);

    private async Task<CommendationList> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        scope.RequireBureau();
        return await Decidable().Include(l => l.Entries).FirstOrDefaultAsync(l => l.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(CommendationList), id);
    }

    private async Task<CommendationList> ProposedAsync(Guid id, string? stamp, CancellationToken cancellationToken)
    {
        var list = await LoadAsync(id, cancellationToken);
        if (list.Status != CommendationStatus.Proposed)
        {
            throw new ForbiddenException(text["Commendations.NotProposed"]);
        }
        db.Entry(list).Property(l => l.ConcurrencyStamp).OriginalValue = stamp ?? "";
        return list;
    }

    private async Task<CommendationListDto> DtoAsync(CommendationList list, CancellationToken cancellationToken) =>
        CommendationListDto.From(list, (await scope.TownNamesAsync(cancellationToken)).GetValueOrDefault(list.TenantId ?? Guid.Empty));


    private static string Fit(string value, int length) => value.Length > length ? value[..length] : value;
}
