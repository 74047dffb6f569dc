using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Localization;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Inspections.Cycles;

/// <summary>/api/inspections/cycles: the cycles with their coverage, and opening one now (the nightly job does it otherwise).</summary>
public static class CyclesApi
{
    public static IEndpointRouteBuilder MapCyclesApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/inspections/cycles").WithTags("Inspections").RequireAuthorization(InspectionsPermissions.Checks.Default);
        group.MapGet("", (InspectionTier? tier, Guid? townId, [AsParameters] PageRequest page, InspectionCycles cycles, CancellationToken ct) =>
            cycles.ListAsync(tier, townId, page, ct)).WithName("ListInspectionCycles");
        group.MapGet("/{id:guid}", (Guid id, InspectionCycles cycles, CancellationToken ct) => cycles.GetAsync(id, ct)).WithName("GetInspectionCycle");
        group.MapPost("", async (OpenCycleRequest request, OpenInspectionCycle open, InspectionCycles cycles, SignedInUser user,
                IStringLocalizer<InspectionsResource> text, TimeProvider clock, CancellationToken ct) =>
            {
                if (user.TenantId is null)
                {
                    throw new ForbiddenException(text["Cycle.InsideTown"]);
                }
                if (request.Tier is not { } tier || !Enum.IsDefined(tier))
                {
                    throw ValidationException.For("tier", text["Cycle.TierRequired"]);
                }
                var result = await open.OpenAsync(tier, request.Day ?? CyclePeriod.ChinaDay(clock.GetUtcNow().UtcDateTime), ct)
                    ?? throw ValidationException.For("tier", text["Cycle.TierOff"]);
                return TypedResults.Ok(new OpenCycleResponse(result.Opened, await cycles.GetAsync(result.CycleId, ct)));
            })
            .RequireAuthorization(InspectionsPermissions.Checks.ManageCycles).WithName("OpenInspectionCycle").ProducesValidationProblem();
        return endpoints;
    }
}
