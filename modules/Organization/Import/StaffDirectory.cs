using Microsoft.EntityFrameworkCore;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Organization.Import;

/// <summary>
/// The town's people, enterprises, units and roles, read once per import into dictionaries so that
/// checking 200,000 rows asks the database nothing.
/// </summary>
internal sealed class StaffDirectory
{
    /// <summary>The roles a staff import may give: enterprise roles only, never a town role.</summary>
    public static readonly IReadOnlyList<string> ImportableRoles =
        [PortalRoles.EnterprisePrincipal, PortalRoles.EnterpriseSafetyManager, PortalRoles.Employee];

    public Dictionary<string, Guid> UserIdsByIdCard { get; } = new(StringComparer.Ordinal);

    /// <summary>Normalized user name → that user's ID-card number (null for accounts without one).</summary>
    public Dictionary<string, string?> IdCardsByUserName { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, ImportEnterprise> EnterprisesByCreditCode { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, List<ImportEnterprise>> EnterprisesByName { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, Guid> RoleIds { get; } = new(StringComparer.Ordinal);

    public static async Task<StaffDirectory> LoadAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var directory = new StaffDirectory();
        await foreach (var user in db.Set<PortalUser>().AsNoTracking()
                           .Select(u => new { u.Id, u.NormalizedUserName, u.IdCardNumber }).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (user.IdCardNumber is { } idCard)
            {
                directory.UserIdsByIdCard[idCard] = user.Id;
            }
            directory.IdCardsByUserName[user.NormalizedUserName ?? ""] = user.IdCardNumber;
        }
        await directory.LoadUnitsAsync(db, cancellationToken);
        foreach (var role in await db.Set<PortalRole>().AsNoTracking().Where(r => ImportableRoles.Contains(r.Name!))
                     .Select(r => new { r.Id, r.Name }).ToListAsync(cancellationToken))
        {
            directory.RoleIds[role.Name!] = role.Id;
        }
        return directory;
    }

    private async Task LoadUnitsAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var units = await db.Set<OrganizationUnit>().AsNoTracking().OrderBy(u => u.Code)
            .Select(u => new { u.Id, u.Code, u.DisplayName, u.Kind }).ToListAsync(cancellationToken);
        var creditCodes = await db.Set<EnterpriseProfile>().AsNoTracking()
            .ToDictionaryAsync(p => p.Id, p => p.CreditCode, cancellationToken);
        var enterprisesByCode = new Dictionary<string, ImportEnterprise>(StringComparer.Ordinal);
        var pathsByCode = new Dictionary<string, string>(StringComparer.Ordinal);
        // Ordered by code, so a unit's parent has been seen before the unit.
        foreach (var unit in units)
        {
            var dot = unit.Code.LastIndexOf('.');
            if (dot < 0)
            {
                var enterprise = new ImportEnterprise(unit.Id, unit.Code, unit.DisplayName);
                enterprisesByCode[unit.Code] = enterprise;
                pathsByCode[unit.Code] = "";
                if (creditCodes.TryGetValue(unit.Id, out var creditCode))
                {
                    EnterprisesByCreditCode[creditCode] = enterprise;
                }
                if (!EnterprisesByName.TryGetValue(unit.DisplayName, out var sameName))
                {
                    EnterprisesByName[unit.DisplayName] = sameName = [];
                }
                sameName.Add(enterprise);
                continue;
            }
            if (!pathsByCode.TryGetValue(unit.Code[..dot], out var parentPath)
                || !enterprisesByCode.TryGetValue(unit.Code[..OrganizationUnitCode.DigitsPerLevel], out var owner))
            {
                continue;
            }
            var path = parentPath.Length == 0 ? unit.DisplayName : parentPath + "/" + unit.DisplayName;
            pathsByCode[unit.Code] = path;
            owner.UnitsByPath[path] = unit.Id;
            if (!owner.UnitsByName.TryGetValue(unit.DisplayName, out var named))
            {
                owner.UnitsByName[unit.DisplayName] = named = [];
            }
            named.Add(unit.Id);
        }
    }
}
