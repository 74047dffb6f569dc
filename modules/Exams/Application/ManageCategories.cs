using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Exams.Application;

/// <summary>The category tree: list it, add, rename or move a node, delete an empty one. Only the owner edits a node.</summary>
public sealed class ManageCategories(PortalDbContext db, QuestionScope scope, IStringLocalizer<ExamsResource> text)
{
    /// <summary>The visible tree, parents before children.</summary>
    public async Task<IReadOnlyList<CategoryDto>> ListAsync(CancellationToken cancellationToken)
    {
        var tree = await ReadTreeAsync(cancellationToken);
        var counts = await scope.Questions().Where(q => !q.IsRetired).GroupBy(q => q.CategoryId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. tree.DepthFirst().Select(n => ToDto(n.Category, counts.GetValueOrDefault(n.Category.Id)))];
    }

    public async Task<CategoryDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var category = await scope.FindCategoryAsync(id, cancellationToken);
        var count = await scope.Questions().CountAsync(q => q.CategoryId == id && !q.IsRetired, cancellationToken);
        return ToDto(category, count);
    }

    public async Task<CategoryDto> CreateAsync(SaveCategoryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var category = new QuestionCategory { TenantId = scope.TenantId };
        await ApplyAsync(category, request, cancellationToken);
        db.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(category, 0);
    }

    public async Task<CategoryDto> UpdateAsync(Guid id, SaveCategoryRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var category = await scope.FindEditableCategoryAsync(id, cancellationToken);
        db.Entry(category).Property(c => c.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp ?? "";
        await ApplyAsync(category, request, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(id, cancellationToken);
    }

    /// <summary>Deletes an empty category: no subcategories (anyone's) and no questions, retired ones included.</summary>
    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var category = await scope.FindEditableCategoryAsync(id, cancellationToken);
        // Across towns on purpose: a town's subcategory under a bureau category keeps the bureau's from being deleted.
        if (await db.Set<QuestionCategory>().IgnoreQueryFilters().AnyAsync(c => c.ParentId == id, cancellationToken)
            || await db.Set<Question>().IgnoreQueryFilters().AnyAsync(q => q.CategoryId == id, cancellationToken))
        {
            throw ValidationException.For("Id", text["CategoryNotEmpty"]);
        }
        db.Remove(category);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<CategoryTree> ReadTreeAsync(CancellationToken cancellationToken) =>
        new(await scope.Categories().AsNoTracking().ToListAsync(cancellationToken));

    private async Task ApplyAsync(QuestionCategory category, SaveCategoryRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var name = request.Name?.Trim() ?? "";
        if (name.Length == 0)
        {
            errors.Add(nameof(SaveCategoryRequest.Name), text["FieldRequired"]);
        }
        else if (name.Length > QuestionCategory.MaxNameLength)
        {
            errors.Add(nameof(SaveCategoryRequest.Name), text["FieldTooLong", QuestionCategory.MaxNameLength]);
        }
        var description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim();
        if (description?.Length > QuestionCategory.MaxDescriptionLength)
        {
            errors.Add(nameof(SaveCategoryRequest.Description), text["FieldTooLong", QuestionCategory.MaxDescriptionLength]);
        }
        var tree = await ReadTreeAsync(cancellationToken);
        if (request.ParentId is { } parentId)
        {
            var parent = tree.Find(parentId);
            if (parent is null || (parent.TenantId is not null && parent.TenantId != scope.TenantId))
            {
                errors.Add(nameof(SaveCategoryRequest.ParentId), text["CategoryUnknown"]);
            }
            else if (category.Id != Guid.Empty && tree.Subtree(category.Id).Contains(parentId))
            {
                errors.Add(nameof(SaveCategoryRequest.ParentId), text["CategoryCycle"]);
            }
        }
        if (name.Length > 0 && tree.Children(request.ParentId).Any(c => c.Id != category.Id && c.TenantId == scope.TenantId
                && string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            errors.Add(nameof(SaveCategoryRequest.Name), text["CategoryNameTaken"]);
        }
        errors.ThrowIfAny();
        category.Name = name;
        category.Description = description;
        category.ParentId = request.ParentId;
        category.SortOrder = request.SortOrder;
    }

    private CategoryDto ToDto(QuestionCategory c, int questionCount) =>
        new(c.Id, c.ParentId, c.Name, c.Description, c.SortOrder, c.TenantId is null, scope.CanEdit(c.TenantId), questionCount, c.ConcurrencyStamp);
}
