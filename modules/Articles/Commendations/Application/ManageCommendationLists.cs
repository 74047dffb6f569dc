using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Commendations;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Articles.Commendations.Application;

/// <summary>
/// The town's side of a commendation list: draft it from the ranking, add and exclude with reasons, propose it (which
/// snapshots the ranking again). Only town staff (not enterprise staff); another town's lists are not found.
/// </summary>
public sealed class ManageCommendationLists(PortalDbContext db, ComputeRanking ranking, CommendationScope scope, IEnterpriseDirectory directory,
    IUserOrganizationUnitLookup units, TimeProvider clock, IStringLocalizer<ArticlesResource> text)
{
    public async Task<PagedResult<CommendationListSummaryDto>> ListAsync(CommendationStatus? status, PageRequest page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        await scope.RequireTownStaffAsync(cancellationToken);
        var query = db.Set<CommendationList>().AsNoTracking().Where(l => status == null || l.Status == status);
        var result = await query.OrderByDescending(l => l.Year).ThenByDescending(l => l.CreationTime)
            .Select(CommendationListSummaryDto.Projection)
            .ToPagedResultAsync(page, cancellationToken);
        return result;
    }

    public async Task<CommendationListDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await scope.RequireTownStaffAsync(cancellationToken);
        return CommendationListDto.From(await LoadAsync(id, cancellationToken), null);
    }

    public async Task<CommendationListDto> CreateAsync(CreateListRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Trim().Length > CommendationList.MaxTitleLength)
        {
            errors.Add("title", text["Commendations.TitleRequired", CommendationList.MaxTitleLength]);
        }
        if (request.PeriodKind is null)
        {
            errors.Add("periodKind", text["Commendations.KindInvalid"]);
        }
        errors.ThrowIfAny();
        var period = new PeriodRequest(request.PeriodKind, request.Year, request.Quarter).ToPeriod();
        var list = new CommendationList
        {
            Id = Guid.NewGuid(), TenantId = scope.TownId, Title = request.Title!.Trim(), PeriodKind = period.Kind, Year = period.Year, Quarter = period.Quarter,
        };
        CommendationSnapshot.Apply(list, await ranking.RankAsync(period, cancellationToken));
        db.Add(list);
        await db.SaveChangesAsync(cancellationToken);
        return CommendationListDto.From(list, null);
    }

    public async Task<CommendationListDto> AddEntryAsync(Guid id, AddEntryRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await scope.RequireTownStaffAsync(cancellationToken);
        var list = await EditableAsync(id, cancellationToken);
        var errors = new ValidationErrors();
        RequireReason(errors, request.Reason, "reason");
        var (name, enterpriseId) = request.SubjectId is { } subject && request.Kind is { } kind ? await SubjectAsync(kind, subject, cancellationToken) : (null, null);
        if (name is null)
        {
            errors.Add("subjectId", text["Commendations.SubjectUnknown"]);
        }
        else if (list.Entries.Any(e => e.Kind == request.Kind && e.SubjectId == request.SubjectId))
        {
            errors.Add("subjectId", text["Commendations.SubjectListed"]);
        }
        errors.ThrowIfAny();
        list.Entries.Add(new CommendationEntry
        {
            TenantId = list.TenantId, ListId = list.Id, Kind = request.Kind!.Value, SubjectId = request.SubjectId!.Value, EnterpriseId = enterpriseId,
            Name = name!, IndicatorsJson = JsonSerializer.Serialize(new Dictionary<string, decimal>()), Origin = CommendationOrigin.ManualAddition,
            AdditionReason = request.Reason!.Trim(),
        });
        Changed(list, null);
        await db.SaveChangesAsync(cancellationToken);
        return CommendationListDto.From(list, null);
    }

    /// <summary>Excludes an entry with the town's reason (required), or with no reason given, 400 on <c>reason</c>.</summary>
    public async Task<CommendationListDto> ExcludeEntryAsync(Guid id, Guid entryId, ReasonRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await scope.RequireTownStaffAsync(cancellationToken);
        var (list, entry) = await EditableEntryAsync(id, entryId, cancellationToken);
        var errors = new ValidationErrors();
        RequireReason(errors, request.Reason, "reason");
        errors.ThrowIfAny();
        (entry.Excluded, entry.ExclusionRule, entry.ExclusionReason) = (true, CommendationEntry.ManualExclusion, request.Reason!.Trim());
        Changed(list, request.ConcurrencyStamp);
        await db.SaveChangesAsync(cancellationToken);
        return CommendationListDto.From(list, null);
    }

    /// <summary>Takes back a manual exclusion, or removes a manual addition.</summary>
    public async Task<CommendationListDto> RestoreEntryAsync(Guid id, Guid entryId, CancellationToken cancellationToken = default)
    {
        await scope.RequireTownStaffAsync(cancellationToken);
        var (list, entry) = await EditableEntryAsync(id, entryId, cancellationToken);
        if (entry.Origin == CommendationOrigin.ManualAddition)
        {
            list.Entries.Remove(entry);
            db.Remove(entry);
        }
        else if (entry.ExclusionRule == CommendationEntry.ManualExclusion)
        {
            (entry.Excluded, entry.ExclusionRule, entry.ExclusionReason) = (false, null, null);
        }
        Changed(list, null);
        await db.SaveChangesAsync(cancellationToken);
        return CommendationListDto.From(list, null);
    }

    public async Task<CommendationListDto> ProposeAsync(Guid id, StampRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        await scope.RequireTownStaffAsync(cancellationToken);
        var list = await EditableAsync(id, cancellationToken);
        db.Entry(list).Property(l => l.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp ?? "";
        var old = list.Entries.Where(e => e.Origin == CommendationOrigin.Ranked).ToList();
        CommendationSnapshot.Apply(list, await ranking.RankAsync(list.Period, cancellationToken));
        db.RemoveRange(old);
        (list.Status, list.ProposedTime, list.ReturnReason) = (CommendationStatus.Proposed, clock.GetUtcNow().UtcDateTime, null);
        await db.SaveChangesAsync(cancellationToken);
        return CommendationListDto.From(list, null);
    }

    /// <summary>
    /// Entries are part of their list: adding, excluding or restoring one changes the list, so its stamp moves on and a
    /// proposal made with the stamp read before answers 409 (the town proposes what it last saw). A stamp given is checked.
    /// </summary>
    private void Changed(CommendationList list, string? stamp)
    {
        var entry = db.Entry(list);
        if (stamp is not null)
        {
            entry.Property(l => l.ConcurrencyStamp).OriginalValue = stamp;
        }
        entry.State = EntityState.Modified;
    }

    private void RequireReason(ValidationErrors errors, string? reason, string field) => CommendationReasons.Require(errors, reason, field, text);

    private async Task<CommendationList> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Set<CommendationList>().Include(l => l.Entries).FirstOrDefaultAsync(l => l.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(typeof(CommendationList), id);

    private async Task<CommendationList> EditableAsync(Guid id, CancellationToken cancellationToken)
    {
        var list = await LoadAsync(id, cancellationToken);
        return list.IsEditable ? list : throw new ForbiddenException(text["Commendations.NotEditable"]);
    }

    private async Task<(CommendationList List, CommendationEntry Entry)> EditableEntryAsync(Guid id, Guid entryId, CancellationToken cancellationToken)
    {
        var list = await EditableAsync(id, cancellationToken);
        return (list, list.Entries.FirstOrDefault(e => e.Id == entryId) ?? throw new EntityNotFoundException(typeof(CommendationEntry), entryId));
    }

    private async Task<(string? Name, Guid? EnterpriseId)> SubjectAsync(CommendationEntryKind kind, Guid id, CancellationToken cancellationToken)
    {
        if (kind == CommendationEntryKind.Enterprise)
        {
            return ((await directory.GetAsync([id], cancellationToken)).GetValueOrDefault(id)?.Name, null);
        }
        var name = await db.Set<PortalUser>().Where(u => u.Id == id).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        var enterprise = name is null ? null : (await units.GetForUserAsync(id, cancellationToken)).Select(u => u.EnterpriseId).FirstOrDefault(e => e is not null);
        return enterprise is null ? (null, null) : (name, enterprise);
    }
}
