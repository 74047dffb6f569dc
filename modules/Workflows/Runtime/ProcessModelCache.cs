using System.Collections.Concurrent;
using SafetyPortal.Workflows.Engine.Model;
using SafetyPortal.Workflows.Engine.Parsing;

namespace SafetyPortal.Workflows.Runtime;

/// <summary>Parsed models of published versions by id; a published version never changes, so each node parses it once.</summary>
public sealed class ProcessModelCache
{
    private readonly ConcurrentDictionary<Guid, ProcessModel> _models = new();

    public async Task<ProcessModel> GetAsync(Guid definitionId, Func<Task<string>> loadXml)
    {
        if (_models.TryGetValue(definitionId, out var model))
        {
            return model;
        }
        var xml = await loadXml();
        model = BpmnParser.Parse(xml).Model ?? throw new InvalidOperationException($"Definition {definitionId} has no process.");
        return _models.GetOrAdd(definitionId, model);
    }
}
