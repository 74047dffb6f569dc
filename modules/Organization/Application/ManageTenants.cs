using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Organization.Application;

/// <summary>The bureau lists and edits towns (CreateTown creates them).</summary>
public sealed partial class ManageTenants(PortalDbContext db, IStringLocalizer<OrganizationResource> text)
{
    public Task<PagedResult<TenantDto>> ListAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        var query = db.Set<Tenant>().AsNoTracking();
        if (request.SearchText is { } search)
        {
            query = query.Where(t => t.Name.Contains(search) || t.Code.Contains(search));
        }
        return query.OrderBy(t => t.Code).Select(ToDto).ToPagedResultAsync(request, cancellationToken);
    }

    public async Task<TenantDto> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.Set<Tenant>().AsNoTracking().Where(t => t.Id == id).Select(ToDto).FirstOrDefaultAsync(cancellationToken)
        ?? throw new EntityNotFoundException(typeof(Tenant), id);

    public async Task<TenantDto> UpdateAsync(Guid id, SaveTenantRequest request, CancellationToken cancellationToken = default)
    {
        var tenant = await db.Set<Tenant>().FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(Tenant), id);
        await ApplyAsync(tenant, request, cancellationToken);
        // The stamp the editor saw is the original value EF checks on save.
        db.Entry(tenant).Property(t => t.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp ?? "";
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(tenant.Id, cancellationToken);
    }

    /// <summary>Checks code and name (and whatever <paramref name="validateMore"/> adds) and copies them onto the town.</summary>
    internal async Task ApplyAsync(Tenant tenant, SaveTenantRequest request, CancellationToken cancellationToken,
        Action<SaveTenantRequest, ValidationErrors>? validateMore = null)
    {
        var errors = new ValidationErrors();
        validateMore?.Invoke(request, errors);
        var code = request.Code?.Trim().ToLowerInvariant() ?? "";
        var name = request.Name?.Trim() ?? "";
        if (code.Length == 0)
        {
            errors.Add(nameof(request.Code), text["TenantCodeRequired"]);
        }
        else if (code.Length > Tenant.MaxCodeLength || !CodePattern().IsMatch(code))
        {
            errors.Add(nameof(request.Code), text["TenantCodeInvalid", Tenant.MaxCodeLength]);
        }
        else if (await db.Set<Tenant>().AnyAsync(t => t.Code == code && t.Id != tenant.Id, cancellationToken))
        {
            errors.Add(nameof(request.Code), text["TenantCodeTaken", code]);
        }
        if (name.Length == 0)
        {
            errors.Add(nameof(request.Name), text["TenantNameRequired"]);
        }
        else if (name.Length > Tenant.MaxNameLength)
        {
            errors.Add(nameof(request.Name), text["TenantNameTooLong", Tenant.MaxNameLength]);
        }
        else if (await db.Set<Tenant>().AnyAsync(t => t.Name == name && t.Id != tenant.Id, cancellationToken))
        {
            errors.Add(nameof(request.Name), text["TenantNameTaken", name]);
        }
        errors.ThrowIfAny();
        tenant.Code = code;
        tenant.Name = name;
        tenant.IsActive = request.IsActive;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*[a-z0-9]$")]
    private static partial Regex CodePattern();

    private static readonly System.Linq.Expressions.Expression<Func<Tenant, TenantDto>> ToDto =
        t => new TenantDto(t.Id, t.Code, t.Name, t.IsActive, t.CreationTime, t.ConcurrencyStamp);
}
