using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Application;

/// <summary>The catalogue: industries and risk categories, read as "bureau's and mine", edited by their owner, versioned.</summary>
public sealed class ManageCatalogue(PortalDbContext db, RiskCatalogueScope catalogue, IStringLocalizer<RisksResource> text)
{
    public async Task<IReadOnlyList<IndustryDto>> ListIndustriesAsync(CancellationToken cancellationToken = default) =>
        await catalogue.Industries().AsNoTracking().OrderBy(i => i.SortOrder).ThenBy(i => i.Code)
            .Select(i => new IndustryDto(i.Id, i.Code, i.Name, i.TenantId == null)).ToListAsync(cancellationToken);

    public async Task<IndustryDto> CreateIndustryAsync(SaveIndustryRequest request, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        CategoryValidation.Required(errors, nameof(request.Code), request.Code, RiskIndustry.MaxCodeLength, text);
        CategoryValidation.Required(errors, nameof(request.Name), request.Name, RiskIndustry.MaxNameLength, text);
        var code = request.Code?.Trim() ?? "";
        if (errors.IsEmpty && await catalogue.Industries().AnyAsync(i => i.Code == code, cancellationToken))
        {
            errors.Add(nameof(request.Code), text["CodeTaken", code]);
        }
        errors.ThrowIfAny();
        var industry = new RiskIndustry { Code = code, Name = request.Name!.Trim(), SortOrder = request.SortOrder };
        db.Add(industry);
        await db.SaveChangesAsync(cancellationToken);
        return new IndustryDto(industry.Id, industry.Code, industry.Name, industry.TenantId == null);
    }

    public async Task<PagedResult<CategoryDto>> ListAsync(PageRequest page, CategoryFilter filter, CancellationToken cancellationToken = default)
    {
        var query = catalogue.Categories().AsNoTracking();
        if (!filter.IncludeRetired)
        {
            query = query.Where(c => !c.IsRetired);
        }
        if (filter.IndustryId is { } industryId)
        {
            query = query.Where(c => c.IndustryId == industryId);
        }
        if (filter.KeySite is { } site and not KeySites.None)
        {
            query = query.Where(c => (c.KeySites & site) != 0);
        }
        if (page.SearchText is { } search)
        {
            query = query.Where(c => c.Code.StartsWith(search) || c.Name.Contains(search));
        }
        return await (from c in query
                      join i in catalogue.Industries() on c.IndustryId equals i.Id
                      orderby c.Code
                      select new CategoryDto(c.Id, c.IndustryId, i.Name, c.Code, c.Name, c.KeySites, c.CurrentVersion, c.IsRetired, c.TenantId == null))
            .ToPagedResultAsync(page, cancellationToken);
    }

    public async Task<CategoryDetailDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var category = await catalogue.Categories().AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(RiskCategory), id);
        var industry = await catalogue.Industries().AsNoTracking().Where(i => i.Id == category.IndustryId)
            .Select(i => i.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
        var versions = await catalogue.Versions().AsNoTracking().Where(v => v.CategoryId == id)
            .OrderByDescending(v => v.VersionNumber).ToListAsync(cancellationToken);
        return new CategoryDetailDto(category.Id, category.IndustryId, industry, category.Code, category.IsRetired,
            category.TenantId == null, catalogue.CanEdit(category.TenantId), CategoryVersionDto.From(versions[0]),
            [.. versions.Select(v => new CategoryVersionSummary(v.VersionNumber, v.Name, v.ValidFrom))], category.ConcurrencyStamp);
    }

    public async Task<CategoryVersionDto> GetVersionAsync(Guid id, int versionNumber, CancellationToken cancellationToken = default)
    {
        var version = await catalogue.Versions().AsNoTracking()
            .FirstOrDefaultAsync(v => v.CategoryId == id && v.VersionNumber == versionNumber, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(RiskCategoryVersion), $"{id}/{versionNumber}");
        return CategoryVersionDto.From(version);
    }

    public async Task<CategoryDetailDto> CreateAsync(SaveCategoryRequest request, CancellationToken cancellationToken = default)
    {
        var errors = CategoryValidation.Check(request, isNew: true, text);
        var code = request.Code?.Trim() ?? "";
        if (errors.IsEmpty && await catalogue.Categories().AnyAsync(c => c.Code == code, cancellationToken))
        {
            errors.Add(nameof(request.Code), text["CodeTaken", code]);
        }
        if (errors.IsEmpty && !await catalogue.Industries().AnyAsync(i => i.Id == request.IndustryId, cancellationToken))
        {
            errors.Add(nameof(request.IndustryId), text["IndustryUnknown"]);
        }
        errors.ThrowIfAny();
        var category = new RiskCategory { Id = Guid.CreateVersion7(), IndustryId = request.IndustryId!.Value, Code = code };
        db.Add(category);
        db.Add(category.Publish(Content(request), DateTime.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(category.Id, cancellationToken);
    }

    /// <summary>An edit publishes the next version; the earlier versions stay as they were.</summary>
    public async Task<CategoryDetailDto> PublishAsync(Guid id, SaveCategoryRequest request, CancellationToken cancellationToken = default)
    {
        var category = await catalogue.Categories().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(RiskCategory), id);
        if (!catalogue.CanEdit(category.TenantId))
        {
            throw new ForbiddenException(text["CategoryNotYours"]);
        }
        CategoryValidation.Check(request, isNew: false, text).ThrowIfAny();
        db.Entry(category).Property(c => c.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp ?? "";
        db.Add(category.Publish(Content(request), DateTime.UtcNow));
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    internal static RiskCategoryContent Content(SaveCategoryRequest request) => new(request.Name!.Trim(),
        string.IsNullOrWhiteSpace(request.TypicalHazards) ? null : request.TypicalHazards.Trim(),
        request.ControlMeasures ?? [], request.CheckPoints ?? [], request.KeySites);
}
