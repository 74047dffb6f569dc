using SafetyPortal.Platform.Workflows;

namespace SafetyPortal.Workflows.Activities;

/// <summary>
/// The service-task activities modules registered (IWorkflowActivity). A model may name one exactly (ignoring case)
/// or by the last segment of a Java-style class name, so "com.acme.Notify" finds "notify".
/// </summary>
public sealed class ActivityRegistry(IEnumerable<IWorkflowActivity> activities)
{
    private readonly Dictionary<string, IWorkflowActivity> _byName =
        activities.GroupBy(a => a.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);

    public IReadOnlyCollection<IWorkflowActivity> All => _byName.Values;

    public bool Exists(string name) => Find(name) is not null;

    public IWorkflowActivity? Find(string name)
    {
        if (_byName.TryGetValue(name, out var activity))
        {
            return activity;
        }
        var lastSegment = name[(name.LastIndexOf('.') + 1)..];
        return _byName.GetValueOrDefault(lastSegment);
    }
}
