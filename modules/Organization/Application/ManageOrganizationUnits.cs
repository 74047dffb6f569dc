using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Organization.Application;

/// <summary>Departments, workshops and teams inside an enterprise.</summary>
public sealed class ManageOrganizationUnits(PortalDbContext db, OrganizationUnitScope scope, IStringLocalizer<OrganizationResource> text)
{
    public async Task<IReadOnlyList<OrganizationUnitDto>> GetTreeAsync(Guid enterpriseId, CancellationToken cancellationToken = default)
    {
        var root = await FindVisibleAsync(enterpriseId, cancellationToken);
        var prefix = root.Code + ".";
        var units = await db.Set<OrganizationUnit>().AsNoTracking()
            .Where(u => u.Code == root.Code || u.Code.StartsWith(prefix))
            .OrderBy(u => u.Code)
            .Select(u => new
            {
                u.Id, u.ParentId, u.Code, u.DisplayName, u.Kind, u.ConcurrencyStamp,
                Members = db.Set<OrganizationUnitMember>().Count(m => m.OrganizationUnitId == u.Id),
            })
            .ToListAsync(cancellationToken);
        return units.Select(u => new OrganizationUnitDto(u.Id, u.ParentId, u.Code, u.DisplayName, u.Kind,
            u.Code.Count(c => c == '.') - root.Code.Count(c => c == '.'), u.Members, u.ConcurrencyStamp)).ToList();
    }

    public async Task<OrganizationUnitDto> CreateChildAsync(Guid parentId, SaveUnitRequest request, CancellationToken cancellationToken = default)
    {
        var parent = await FindVisibleAsync(parentId, cancellationToken);
        var name = Validate(request);
        var lastSibling = await db.Set<OrganizationUnit>().Where(u => u.ParentId == parent.Id)
            .OrderByDescending(u => u.Code).Select(u => u.Code).FirstOrDefaultAsync(cancellationToken);
        var unit = new OrganizationUnit
        {
            ParentId = parent.Id,
            Code = lastSibling is null ? OrganizationUnitCode.Create(1, parent.Code) : OrganizationUnitCode.Next(lastSibling),
            DisplayName = name,
            Kind = request.Kind,
        };
        db.Add(unit);
        await db.SaveChangesAsync(cancellationToken);
        return new OrganizationUnitDto(unit.Id, unit.ParentId, unit.Code, unit.DisplayName, unit.Kind, 0, 0, unit.ConcurrencyStamp);
    }

    public async Task RenameAsync(Guid id, SaveUnitRequest request, CancellationToken cancellationToken = default)
    {
        var unit = await FindVisibleAsync(id, cancellationToken, tracked: true);
        unit.DisplayName = Validate(request, renaming: true);
        db.Entry(unit).Property(u => u.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp ?? "";
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var unit = await FindVisibleAsync(id, cancellationToken, tracked: true);
        var errors = new ValidationErrors();
        if (unit.Kind == OrganizationUnitKind.Enterprise)
        {
            errors.Add("Id", text["EnterpriseCannotBeDeleted"]);
        }
        else if (await db.Set<OrganizationUnit>().AnyAsync(u => u.ParentId == id, cancellationToken))
        {
            errors.Add("Id", text["UnitHasChildren", unit.DisplayName]);
        }
        else if (await db.Set<OrganizationUnitMember>().AnyAsync(m => m.OrganizationUnitId == id, cancellationToken))
        {
            errors.Add("Id", text["UnitHasMembers", unit.DisplayName]);
        }
        errors.ThrowIfAny();
        db.Remove(unit);
        await db.SaveChangesAsync(cancellationToken);
    }

    internal async Task<OrganizationUnit> FindVisibleAsync(Guid id, CancellationToken cancellationToken, bool tracked = false)
    {
        var query = tracked ? db.Set<OrganizationUnit>() : db.Set<OrganizationUnit>().AsNoTracking();
        var unit = await query.FirstOrDefaultAsync(u => u.Id == id, cancellationToken);
        return unit is not null && await scope.CanSeeAsync(unit.Code, cancellationToken)
            ? unit
            : throw new EntityNotFoundException(typeof(OrganizationUnit), id);
    }

    private string Validate(SaveUnitRequest request, bool renaming = false)
    {
        var errors = new ValidationErrors();
        var name = request.DisplayName?.Trim() ?? "";
        if (name.Length == 0 || name.Length > OrganizationUnit.MaxDisplayNameLength)
        {
            errors.Add(nameof(request.DisplayName), text["UnitNameInvalid", OrganizationUnit.MaxDisplayNameLength]);
        }
        if (!renaming && (request.Kind == OrganizationUnitKind.Enterprise || !Enum.IsDefined(request.Kind)))
        {
            errors.Add(nameof(request.Kind), text["UnitKindInvalid"]);
        }
        return errors.IsEmpty ? name : throw new ValidationException(errors);
    }
}
