using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Organization.Application;

/// <summary>The town's enterprises: list, read, register and edit, with their profiles.</summary>
public sealed class ManageEnterprises(PortalDbContext db, OrganizationUnitScope scope, IStringLocalizer<OrganizationResource> text)
{
    public async Task<PagedResult<EnterpriseDto>> ListAsync(PageRequest page, EnterpriseFilter filter, CancellationToken cancellationToken = default)
    {
        var units = await scope.VisibleEnterprisesAsync(cancellationToken);
        var query = from u in units.AsNoTracking()
                    join p in db.Set<EnterpriseProfile>() on u.Id equals p.Id into profiles
                    from p in profiles.DefaultIfEmpty()
                    select new { Unit = u, Profile = p };
        if (page.SearchText is { } search)
        {
            var code = search.ToUpperInvariant();
            query = query.Where(x => x.Unit.DisplayName.Contains(search) || (x.Profile != null && x.Profile.CreditCode.StartsWith(code)));
        }
        if (filter.KeySite is { } site and not KeySites.None)
        {
            query = query.Where(x => x.Profile != null && (x.Profile.KeySites & site) != 0);
        }
        if (filter.Grade is { } grade)
        {
            query = query.Where(x => x.Profile != null && x.Profile.RegulatoryGrade == grade);
        }
        if (filter.Type is { } type)
        {
            query = query.Where(x => x.Profile != null && x.Profile.Type == type);
        }
        if (filter.GridId is { } gridId)
        {
            query = query.Where(x => x.Profile != null && x.Profile.GridId == gridId);
        }
        return await query.OrderBy(x => x.Unit.Code)
            .Select(x => new EnterpriseDto(x.Unit.Id, x.Unit.Code, x.Unit.DisplayName,
                x.Profile == null ? null : x.Profile.CreditCode,
                x.Profile == null ? null : x.Profile.Type,
                x.Profile == null ? null : x.Profile.IndustryCode,
                x.Profile == null ? KeySites.None : x.Profile.KeySites,
                x.Profile == null ? RegulatoryGrade.Unrated : x.Profile.RegulatoryGrade,
                x.Profile == null ? null : x.Profile.PrincipalName,
                x.Profile == null ? null : x.Profile.GridId,
                db.Set<Grid>().Where(g => x.Profile != null && g.Id == x.Profile.GridId).Select(g => g.Name).FirstOrDefault()))
            .ToPagedResultAsync(page, cancellationToken);
    }

    public async Task<EnterpriseDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var unit = await (await scope.VisibleEnterprisesAsync(cancellationToken)).AsNoTracking()
            .FirstOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw new EntityNotFoundException(typeof(OrganizationUnit), id);
        var p = await db.Set<EnterpriseProfile>().AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken) ?? new EnterpriseProfile();
        var gridName = p.GridId is null ? null
            : await db.Set<Grid>().Where(g => g.Id == p.GridId).Select(g => g.Name).FirstOrDefaultAsync(cancellationToken);
        return new EnterpriseDetailDto(unit.Id, unit.Code, unit.DisplayName, p.CreditCode, p.Type, p.IndustryCode, p.Scale, p.Address,
            p.Longitude, p.Latitude, p.PrincipalName, p.PrincipalPhone, p.SafetyManagerName, p.SafetyManagerPhone, p.KeySites,
            p.RegulatoryGrade, p.GridId, gridName, unit.ConcurrencyStamp);
    }

    public async Task<EnterpriseDetailDto> CreateAsync(SaveEnterpriseRequest request, CancellationToken cancellationToken = default)
    {
        await ValidateAsync(request, null, cancellationToken);
        var lastCode = await db.Set<OrganizationUnit>().Where(u => u.ParentId == null)
            .OrderByDescending(u => u.Code).Select(u => u.Code).FirstOrDefaultAsync(cancellationToken);
        var unit = new OrganizationUnit
        {
            Code = lastCode is null ? OrganizationUnitCode.Create(1) : OrganizationUnitCode.Next(lastCode),
            Kind = OrganizationUnitKind.Enterprise,
        };
        db.Add(unit);
        // The key is generated on Add, so unit and profile go to the database in one save.
        var profile = new EnterpriseProfile { Id = unit.Id };
        db.Add(profile);
        Apply(unit, profile, request);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(unit.Id, cancellationToken);
    }

    public async Task<EnterpriseDetailDto> UpdateAsync(Guid id, SaveEnterpriseRequest request, CancellationToken cancellationToken = default)
    {
        var unit = await (await scope.VisibleEnterprisesAsync(cancellationToken))
            .FirstOrDefaultAsync(u => u.Id == id, cancellationToken) ?? throw new EntityNotFoundException(typeof(OrganizationUnit), id);
        await ValidateAsync(request, id, cancellationToken);
        var profile = await db.Set<EnterpriseProfile>().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (profile is null)
        {
            profile = new EnterpriseProfile { Id = id };
            db.Add(profile);
        }
        Apply(unit, profile, request);
        db.Entry(unit).Property(u => u.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp ?? "";
        // The profile has no stamp of its own: touching the unit makes every edit check the editor's version.
        db.Entry(unit).State = EntityState.Modified;
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    private async Task ValidateAsync(SaveEnterpriseRequest request, Guid? id, CancellationToken cancellationToken)
    {
        var errors = EnterpriseValidation.Check(request, text);
        var creditCode = UnifiedSocialCreditCode.Normalize(request.CreditCode);
        if (errors.IsEmpty && await db.Set<EnterpriseProfile>().AnyAsync(p => p.CreditCode == creditCode && p.Id != id, cancellationToken))
        {
            errors.Add(nameof(request.CreditCode), text["CreditCodeTaken", creditCode]);
        }
        errors.ThrowIfAny();
    }

    internal static void Apply(OrganizationUnit unit, EnterpriseProfile profile, SaveEnterpriseRequest request)
    {
        unit.DisplayName = request.DisplayName!.Trim();
        profile.CreditCode = UnifiedSocialCreditCode.Normalize(request.CreditCode);
        profile.Type = request.Type;
        profile.IndustryCode = Blank(request.IndustryCode)?.ToUpperInvariant();
        profile.Scale = request.Scale;
        profile.Address = Blank(request.Address);
        profile.Longitude = request.Longitude;
        profile.Latitude = request.Latitude;
        profile.PrincipalName = Blank(request.PrincipalName);
        profile.PrincipalPhone = Blank(request.PrincipalPhone);
        profile.SafetyManagerName = Blank(request.SafetyManagerName);
        profile.SafetyManagerPhone = Blank(request.SafetyManagerPhone);
        profile.KeySites = request.KeySites;
        profile.RegulatoryGrade = request.RegulatoryGrade;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
