using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.SettingManagement.Application;

/// <summary>Reads and writes setting values at the level the signed-in admin manages.</summary>
public sealed class ManageSettings(
    SettingStore store,
    CurrentSettingScope currentScope,
    IAuthorizationService authorization,
    IHttpContextAccessor http,
    IStringLocalizerFactory localizers,
    IStringLocalizer<SettingManagementResource> text)
{
    public static readonly IReadOnlyList<(string Permission, SettingLevels Level)> Levels =
    [
        (SettingManagementPermissions.Global, SettingLevels.Global),
        (SettingManagementPermissions.Town, SettingLevels.Town),
        (SettingManagementPermissions.Enterprise, SettingLevels.Enterprise),
    ];

    /// <summary>The levels the signed-in user may manage, most general first.</summary>
    public async Task<IReadOnlyList<SettingLevels>> ManageableLevelsAsync(CancellationToken cancellationToken = default)
    {
        var user = http.HttpContext!.User;
        var scope = await currentScope.GetAsync(cancellationToken);
        var levels = new List<SettingLevels>();
        foreach (var (permission, level) in Levels)
        {
            if ((level == SettingLevels.Global || scope.KeyOf(level) is not null)
                && (await authorization.AuthorizeAsync(user, permission)).Succeeded)
            {
                levels.Add(level);
            }
        }
        return levels;
    }

    public async Task<IReadOnlyList<SettingDto>> GetAsync(SettingLevels level, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeForAsync(level, cancellationToken);
        var resolved = await store.ResolveAllAsync(scope, cancellationToken);
        return resolved.Where(s => s.Definition.Levels.HasFlag(level)).Select(s =>
        {
            var local = localizers.Create(s.Definition.Resource);
            var inherited = s.Stored.Where(x => x.Key < level).OrderBy(x => x.Key).Select(x => x.Value).LastOrDefault()
                ?? s.Configured ?? s.Definition.DefaultValue;
            return new SettingDto(s.Definition.Name, local[s.Definition.DisplayNameKey].Value,
                s.Definition.DescriptionKey is { } description ? local[description].Value : null,
                s.Definition.Type.ToString(), s.Value, s.Source.ToString(), s.Stored.GetValueOrDefault(level), inherited);
        }).ToList();
    }

    public async Task SaveAsync(SettingLevels level, SaveSettingsRequest request, CancellationToken cancellationToken = default)
    {
        var scope = await ScopeForAsync(level, cancellationToken);
        await store.SetAsync(level, scope.KeyOf(level), request.Values, cancellationToken);
    }

    /// <summary>The scope up to the level managed: a town admin's own user values must not colour the town's view.</summary>
    private async Task<SettingScope> ScopeForAsync(SettingLevels level, CancellationToken cancellationToken)
    {
        if (!(await ManageableLevelsAsync(cancellationToken)).Contains(level))
        {
            throw new ForbiddenException(text["LevelNotManaged", level]);
        }
        var scope = await currentScope.GetAsync(cancellationToken);
        return new SettingScope(
            level >= SettingLevels.Town ? scope.TownId : null,
            level >= SettingLevels.Enterprise ? scope.EnterpriseId : null,
            null);
    }
}
