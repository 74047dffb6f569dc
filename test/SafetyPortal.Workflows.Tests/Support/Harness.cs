using System.Text.Json.Nodes;
using SafetyPortal.Workflows.Engine.Execution;
using SafetyPortal.Workflows.Engine.Model;
using SafetyPortal.Workflows.Engine.Parsing;
using SafetyPortal.Workflows.Engine.Scripting;

namespace SafetyPortal.Workflows.Tests.Support;

/// <summary>One instance run by the executor, with its waits kept in memory as the database would keep them.</summary>
internal sealed class Harness
{
    private readonly ProcessExecutor _executor = new(new ScriptSandbox(new ScriptLimits { Timeout = TimeSpan.FromSeconds(5) }));

    public Harness(string processBody, string extra = "")
    {
        var parsed = BpmnParser.Parse(Bpmn.Process("p", processBody, extra));
        Assert.True(parsed.Errors.Count == 0, string.Join("; ", parsed.Errors));
        Model = parsed.Model!;
    }

    public ProcessModel Model { get; }
    public InstanceState State { get; } = new();
    public JsonObject Variables { get; private set; } = [];
    public DateTime Now { get; set; } = new(2026, 3, 1, 1, 0, 0, DateTimeKind.Utc);
    public List<TaskRequest> Tasks { get; } = [];
    public List<TimerRequest> Timers { get; } = [];
    public List<SubscriptionRequest> Subscriptions { get; } = [];
    public List<ActivityRequest> Jobs { get; } = [];
    public List<ChildStartRequest> Children { get; } = [];
    public List<IncidentRecord> Incidents { get; } = [];
    public List<JournalRecord> Journal { get; } = [];

    public IEnumerable<string> TaskIds => Tasks.Select(t => t.ElementId).Order();

    public Harness Start(object? variables = null, string? startEventId = null)
    {
        Variables = variables is null ? [] : JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(variables))!.AsObject();
        Apply(_executor.Start(Model, State, Variables, Now, startEventId));
        return this;
    }

    public Harness Complete(string elementId, object? output = null, int index = 0)
    {
        var task = Tasks.Where(t => t.ElementId == elementId).ElementAt(index);
        Tasks.Remove(task);
        Apply(_executor.Complete(Model, State, Variables, Now, task.TokenId, elementId, Json(output)));
        return this;
    }

    public Harness CompleteJob(string elementId, object? output = null)
    {
        var job = Jobs.First(j => j.ElementId == elementId);
        Jobs.Remove(job);
        Apply(_executor.Complete(Model, State, Variables, Now, job.TokenId, elementId, Json(output)));
        return this;
    }

    /// <summary>The process the call activity started ended with these variables.</summary>
    public Harness CompleteCall(object? calledVariables)
    {
        var child = Children[^1];
        Children.Remove(child);
        Apply(_executor.CompleteCall(Model, State, Variables, Now, child.TokenId, Json(calledVariables) ?? []));
        return this;
    }

    public Harness FailJob(string elementId, string code)
    {
        var job = Jobs.First(j => j.ElementId == elementId);
        Jobs.Remove(job);
        Apply(_executor.ThrowError(Model, State, Variables, Now, job.TokenId, elementId, code, "failed"));
        return this;
    }

    public Harness FireTimer(string elementId)
    {
        var timer = Timers.First(t => t.ElementId == elementId);
        Timers.Remove(timer);
        Now = timer.Plan.DueUtc;
        Apply(_executor.FireTimer(Model, State, Variables, Now, timer.TokenId, elementId, timer.Plan));
        return this;
    }

    public Harness Deliver(string messageName, object? payload = null)
    {
        var subscription = Subscriptions.First(s => s.MessageName == messageName);
        Subscriptions.Remove(subscription);
        Apply(_executor.DeliverMessage(Model, State, Variables, Now, subscription.TokenId, subscription.ElementId, Json(payload)));
        return this;
    }

    public Harness Retry()
    {
        var incident = Incidents[^1];
        Incidents.Remove(incident);
        Apply(_executor.Retry(Model, State, Variables, Now, incident.TokenId));
        return this;
    }

    private static JsonObject? Json(object? value) =>
        value is null ? null : JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(value))!.AsObject();

    private void Apply(ExecutionEffects? effects)
    {
        Assert.NotNull(effects);
        foreach (var token in effects.ClearedTokens.Keys)
        {
            Tasks.RemoveAll(t => t.TokenId == token);
            Timers.RemoveAll(t => t.TokenId == token);
            Subscriptions.RemoveAll(t => t.TokenId == token);
            Jobs.RemoveAll(t => t.TokenId == token);
        }
        Tasks.AddRange(effects.Tasks);
        Timers.AddRange(effects.Timers);
        Subscriptions.AddRange(effects.Subscriptions);
        Jobs.AddRange(effects.Activities);
        Children.AddRange(effects.ChildStarts);
        Incidents.AddRange(effects.Incidents);
        Journal.AddRange(effects.Journal);
        // What is persisted must read back the same.
        var copy = InstanceState.Deserialize(State.Serialize());
        Assert.Equal(State.Tokens.Count, copy.Tokens.Count);
    }
}
