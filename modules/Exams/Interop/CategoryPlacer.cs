using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Exams.Interop;

/// <summary>
/// Finds or creates the category an imported question goes to: its path under the chosen category (or from the root),
/// each level matched by name among the categories the importer sees, missing levels created as the importer's own.
/// A question with neither path nor chosen category goes to the default import category.
/// </summary>
internal sealed class CategoryPlacer(PortalDbContext db, CategoryTree tree, Guid? tenantId, Guid? baseId,
    IReadOnlyDictionary<string, string> descriptions, string defaultName)
{
    public Guid Place(IReadOnlyList<string> path)
    {
        if (path.Count == 0 && baseId is { } chosen)
        {
            return chosen;
        }
        var levels = path.Count == 0 ? [defaultName] : path;
        var parent = baseId;
        for (var i = 0; i < levels.Count; i++)
        {
            var name = levels[i].Length > QuestionCategory.MaxNameLength ? levels[i][..QuestionCategory.MaxNameLength] : levels[i];
            var existing = tree.ChildNamed(parent, name, tenantId);
            if (existing is null)
            {
                existing = new QuestionCategory
                {
                    TenantId = tenantId,
                    ParentId = parent,
                    Name = name,
                    Description = descriptions.GetValueOrDefault(QuestionFile.PathKey(path.Take(i + 1))) is { } d
                        ? d[..Math.Min(d.Length, QuestionCategory.MaxDescriptionLength)]
                        : null,
                    SortOrder = tree.Children(parent).Count(),
                };
                db.Add(existing);
                tree.Add(existing);
            }
            parent = existing.Id;
        }
        return parent!.Value;
    }
}
