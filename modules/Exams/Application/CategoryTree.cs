using SafetyPortal.Exams.Domain;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Exams.Application;

/// <summary>The visible categories in memory (a bank has hundreds, not millions): subtrees, paths, depth-first order.</summary>
public sealed class CategoryTree
{
    private readonly Dictionary<Guid, QuestionCategory> _byId;
    private readonly Dictionary<Guid, List<QuestionCategory>> _children = [];
    private readonly List<QuestionCategory> _roots = [];

    public CategoryTree(IEnumerable<QuestionCategory> categories)
    {
        _byId = categories.ToDictionary(c => c.Id);
        foreach (var category in _byId.Values)
        {
            Attach(category);
        }
    }

    public IReadOnlyCollection<QuestionCategory> All => _byId.Values;

    public QuestionCategory? Find(Guid id) => _byId.GetValueOrDefault(id);

    public IEnumerable<QuestionCategory> Children(Guid? parentId) =>
        ChildList(parentId).OrderBy(c => c.SortOrder).ThenBy(c => c.Name, StringComparer.Ordinal);

    /// <summary>The subtree of a category picked by the user: an id not in the tree is a 400 on <c>categoryId</c>.</summary>
    public HashSet<Guid> KnownSubtree(Guid id, string unknownMessage) =>
        Find(id) is null ? throw ValidationException.For("categoryId", unknownMessage) : Subtree(id);

    /// <summary>The category and everything under it.</summary>
    public HashSet<Guid> Subtree(Guid id)
    {
        var ids = new HashSet<Guid>();
        var pending = new Stack<Guid>([id]);
        while (pending.TryPop(out var next))
        {
            if (ids.Add(next))
            {
                foreach (var child in ChildList(next))
                {
                    pending.Push(child.Id);
                }
            }
        }
        return ids;
    }

    /// <summary>Names from the root down to the category.</summary>
    public IReadOnlyList<string> Path(Guid id)
    {
        var names = new List<string>();
        var seen = new HashSet<Guid>();
        for (var current = Find(id); current is not null && seen.Add(current.Id); current = current.ParentId is { } p ? Find(p) : null)
        {
            names.Insert(0, current.Name);
        }
        return names;
    }

    /// <summary>Every category, parents before their children, siblings in their order, with its depth.</summary>
    public IEnumerable<(QuestionCategory Category, int Depth)> DepthFirst()
    {
        var pending = new Stack<(QuestionCategory, int)>(Children(null).Reverse().Select(c => (c, 0)));
        while (pending.TryPop(out var item))
        {
            yield return item;
            foreach (var child in Children(item.Item1.Id).Reverse())
            {
                pending.Push((child, item.Item2 + 1));
            }
        }
    }

    /// <summary>The child of <paramref name="parentId"/> with this name (the caller's own before the bureau's).</summary>
    public QuestionCategory? ChildNamed(Guid? parentId, string name, Guid? preferTenant) =>
        ChildList(parentId).Where(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.TenantId == preferTenant ? 0 : 1).FirstOrDefault();

    /// <summary>A category created after the tree was read (an import's), so later lookups find it.</summary>
    public void Add(QuestionCategory category)
    {
        _byId[category.Id] = category;
        Attach(category);
    }

    private List<QuestionCategory> ChildList(Guid? parentId) =>
        parentId is { } id ? _children.GetValueOrDefault(id) ?? [] : _roots;

    private void Attach(QuestionCategory category)
    {
        if (category.ParentId is { } parent && _byId.ContainsKey(parent))
        {
            if (!_children.TryGetValue(parent, out var list))
            {
                _children[parent] = list = [];
            }
            list.Add(category);
        }
        else
        {
            _roots.Add(category);
        }
    }
}
