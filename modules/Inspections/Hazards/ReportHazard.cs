using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Settings;
using SafetyPortal.Platform.Workflows;

namespace SafetyPortal.Inspections.Hazards;

/// <summary>
/// Reports a hazard and starts its closure process, both or neither: the hazard waits for the town to confirm its level.
/// A town's staff report for any enterprise of the town, enterprise staff for their own.
/// </summary>
public sealed class ReportHazard(
    PortalDbContext db,
    SignedInUser user,
    IEnterpriseDirectory directory,
    IWorkflowRuntime workflows,
    ISettingProvider settings,
    IStringLocalizer<InspectionsResource> text,
    HazardRegister register,
    TimeProvider clock)
{
    public async Task<HazardDto> ReportAsync(ReportHazardRequest request, CancellationToken cancellationToken)
    {
        if (user.TenantId is null)
        {
            throw new ForbiddenException(text["Hazard.InsideTown"]);
        }
        var hazard = await ValidAsync(request, cancellationToken);
        var periods = await RectificationPeriods.ReadAsync(settings, cancellationToken);
        await db.InTransactionAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await StartClosureAsync(hazard, periods, ct);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
        return await register.GetAsync(hazard.Id, cancellationToken);
    }

    /// <summary>
    /// Adds the hazard to the caller's unit of work and starts its closure process, which saves both; the caller saves again
    /// (the instance's id) inside its transaction. For hazards found by an inspection as well as those reported on their own.
    /// </summary>
    public async Task StartClosureAsync(Hazard hazard, RectificationPeriods periods, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hazard);
        ArgumentNullException.ThrowIfNull(periods);
        db.Add(hazard);
        hazard.InstanceId = await workflows.StartAsync(HazardClosure.ProcessKey, hazard.Id.ToString(), new JsonObject
        {
            [HazardClosure.HazardId] = hazard.Id.ToString(),
            [HazardClosure.EnterpriseId] = hazard.EnterpriseId.ToString(),
            [HazardClosure.Description] = hazard.Description,
            [HazardClosure.Level] = hazard.Level.ToString(),
            [HazardClosure.GeneralDays] = periods.GeneralDays,
            [HazardClosure.MajorDays] = periods.MajorDays,
        }, cancellationToken);
    }

    private async Task<Hazard> ValidAsync(ReportHazardRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var description = request.Description?.Trim() ?? "";
        if (description.Length == 0)
        {
            errors.Add("description", text["Hazard.DescriptionRequired"]);
        }
        else if (description.Length > Hazard.MaxDescriptionLength)
        {
            errors.Add("description", text["Hazard.TooLong", Hazard.MaxDescriptionLength]);
        }
        var location = Optional(request.Location, Hazard.MaxLocationLength, "location", errors);
        var responsible = Optional(request.ResponsiblePerson, Hazard.MaxPersonLength, "responsiblePerson", errors);
        if (request.Level is { } proposed && !Enum.IsDefined(proposed))
        {
            errors.Add("level", text["Hazard.LevelInvalid"]);
        }
        if (request.EnterpriseId is not { } enterpriseId)
        {
            errors.Add("enterpriseId", text["Hazard.EnterpriseRequired"]);
        }
        else if (!await MayReportForAsync(enterpriseId, cancellationToken))
        {
            errors.Add("enterpriseId", text["Hazard.EnterpriseNotVisible"]);
        }
        errors.ThrowIfAny();
        return new Hazard
        {
            TenantId = user.TenantId, EnterpriseId = request.EnterpriseId!.Value, Description = description, Location = location,
            ResponsiblePerson = responsible, Level = request.Level ?? HazardLevel.General, Status = HazardStatus.Reported,
            ReportedBy = user.Id, ReporterName = user.Name ?? user.Id.ToString(), ReportedTime = clock.GetUtcNow().UtcDateTime,
        };
    }

    private async Task<bool> MayReportForAsync(Guid enterpriseId, CancellationToken cancellationToken) =>
        (await user.VisibleEnterprisesAsync(cancellationToken) is not { } visible || visible.Contains(enterpriseId))
        && (await directory.GetAsync([enterpriseId], cancellationToken)).ContainsKey(enterpriseId);

    private string? Optional(string? value, int maxLength, string field, ValidationErrors errors)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (trimmed is { Length: var length } && length > maxLength)
        {
            errors.Add(field, text["Hazard.TooLong", maxLength.ToString(CultureInfo.InvariantCulture)]);
        }
        return trimmed;
    }
}
