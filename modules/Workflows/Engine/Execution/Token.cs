using System.Text.Json.Nodes;

namespace SafetyPortal.Workflows.Engine.Execution;

/// <summary>One point of control in an instance. Serialized with the instance (StateJson).</summary>
public sealed class Token
{
    public string Id { get; set; } = "";
    public string NodeId { get; set; } = "";

    /// <summary>The host token of the enclosing sub-process or multi-instance activity; null at the process level.</summary>
    public string? ScopeId { get; set; }
    public TokenState State { get; set; }

    /// <summary>The flow the token came along (joins count arrivals per incoming flow).</summary>
    public string? ArrivedVia { get; set; }

    /// <summary>Variables of this token only: input mappings, a multi-instance element and loopCounter.</summary>
    public JsonObject? Locals { get; set; }

    /// <summary>One instance of a multi-instance activity; finishing it reports to its host instead of leaving.</summary>
    public bool MultiInstanceInner { get; set; }

    /// <summary>The kinds of stored waits (tasks, jobs, subscriptions) this token has right now.</summary>
    public WaitKinds Waits { get; set; }
    public int InstancesTotal { get; set; }
    public int InstancesCompleted { get; set; }
    public int InstancesStarted { get; set; }
    public JsonArray? InstanceItems { get; set; }
}
