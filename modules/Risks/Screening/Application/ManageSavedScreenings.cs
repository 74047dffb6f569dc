using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Risks.Application;
using SafetyPortal.Risks.Screening.Domain;

namespace SafetyPortal.Risks.Screening.Application;

/// <summary>
/// Saved screenings: one's own and those shared in one's town (the town filter keeps towns apart, and the bureau's
/// have no town). Only the owner edits or deletes; the conditions are checked like a run before they are stored.
/// </summary>
public sealed class ManageSavedScreenings(PortalDbContext db, RunScreening screening, RiskPointScope users, IStringLocalizer<RiskScreeningResource> text)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<IReadOnlyList<SavedScreeningDto>> ListAsync(CancellationToken cancellationToken = default)
    {
        var me = CurrentUserId();
        var saved = await db.Set<SavedScreening>().AsNoTracking().Where(s => s.OwnerId == me || s.IsShared)
            .OrderBy(s => s.Name).ToListAsync(cancellationToken);
        return [.. saved.Select(s => ToDto(s, me))];
    }

    public async Task<SavedScreeningDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        ToDto(await FindAsync(id, cancellationToken), CurrentUserId());

    public async Task<SavedScreeningDto> CreateAsync(SaveScreeningRequest request, CancellationToken cancellationToken = default)
    {
        await CheckAsync(request, cancellationToken);
        var (ownerId, ownerName) = users.CurrentUser();
        var saved = new SavedScreening { OwnerId = ownerId ?? Guid.Empty, OwnerName = ownerName };
        Apply(saved, request);
        db.Add(saved);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(saved, saved.OwnerId);
    }

    public async Task<SavedScreeningDto> UpdateAsync(Guid id, SaveScreeningRequest request, CancellationToken cancellationToken = default)
    {
        var saved = await FindOwnAsync(id, cancellationToken);
        await CheckAsync(request, cancellationToken);
        db.Entry(saved).Property(s => s.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp ?? "";
        Apply(saved, request);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(saved, saved.OwnerId);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        db.Remove(await FindOwnAsync(id, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The stored conditions of a saved screening the user may run.</summary>
    public async Task<IReadOnlyList<ScreeningConditionRequest>> ConditionsAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await GetAsync(id, cancellationToken)).Conditions;

    private async Task CheckAsync(SaveScreeningRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.Name))
        {
            errors.Add(nameof(SaveScreeningRequest.Name), text["Screening.NameRequired"]);
        }
        else if (request.Name.Trim().Length > SavedScreening.MaxNameLength)
        {
            errors.Add(nameof(SaveScreeningRequest.Name), text["Screening.NameTooLong", SavedScreening.MaxNameLength]);
        }
        errors.ThrowIfAny();
        await screening.CheckAsync(request.Conditions, cancellationToken);
    }

    private static void Apply(SavedScreening saved, SaveScreeningRequest request)
    {
        saved.Name = request.Name!.Trim();
        saved.IsShared = request.IsShared;
        saved.ConditionsJson = JsonSerializer.Serialize(request.Conditions, Json);
    }

    private async Task<SavedScreening> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var me = CurrentUserId();
        return await db.Set<SavedScreening>().FirstOrDefaultAsync(s => s.Id == id && (s.OwnerId == me || s.IsShared), cancellationToken)
            ?? throw new EntityNotFoundException(typeof(SavedScreening), id);
    }

    private async Task<SavedScreening> FindOwnAsync(Guid id, CancellationToken cancellationToken)
    {
        var saved = await FindAsync(id, cancellationToken);
        return saved.OwnerId == CurrentUserId() ? saved : throw new ForbiddenException(text["Screening.NotOwner"]);
    }

    private Guid CurrentUserId() => users.CurrentUser().Id ?? Guid.Empty;

    private static SavedScreeningDto ToDto(SavedScreening s, Guid me) =>
        new(s.Id, s.Name, JsonSerializer.Deserialize<List<ScreeningConditionRequest>>(s.ConditionsJson, Json) ?? [],
            s.IsShared, s.OwnerId == me, s.OwnerName, s.CreationTime, s.ConcurrencyStamp);
}
