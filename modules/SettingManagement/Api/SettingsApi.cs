using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Platform.Settings;
using SafetyPortal.SettingManagement.Application;

namespace SafetyPortal.SettingManagement.Api;

/// <summary>/api/settings?level=Global|Town|Enterprise: the values an admin manages at their level.</summary>
public static class SettingsApi
{
    public static IEndpointRouteBuilder MapSettingsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/settings").WithTags("Settings").RequireAuthorization();
        group.MapGet("/levels", (ManageSettings settings, CancellationToken ct) => settings.ManageableLevelsAsync(ct))
            .WithName("ListManageableSettingLevels");
        group.MapGet("/", (SettingLevels level, ManageSettings settings, CancellationToken ct) => settings.GetAsync(level, ct))
            .WithName("ListSettings")
            .ProducesValidationProblem();
        group.MapPut("/", async Task<NoContent> (SettingLevels level, SaveSettingsRequest request, ManageSettings settings, CancellationToken ct) =>
            {
                await settings.SaveAsync(level, request, ct);
                return TypedResults.NoContent();
            })
            .WithName("SaveSettings")
            .ProducesValidationProblem();
        return endpoints;
    }
}
