namespace SafetyPortal.Workflows.Engine.Model;

/// <summary>One flow node of a process or sub-process, with what the engine needs to run it.</summary>
public sealed class FlowNode
{
    public required string Id { get; init; }
    public string? Name { get; init; }
    public required NodeKind Kind { get; init; }
    public EventKind Event { get; init; }

    /// <summary>The sub-process this node lives in; null at the process level.</summary>
    public string? ScopeId { get; init; }

    public List<string> Incoming { get; } = [];
    public List<string> Outgoing { get; } = [];
    public string? DefaultFlowId { get; set; }

    public TimerSpec? Timer { get; set; }
    public string? MessageName { get; set; }

    /// <summary>Error end events: the code thrown. Error boundaries: the code caught (null catches every error).</summary>
    public string? ErrorCode { get; set; }

    /// <summary>Boundary events: the activity they sit on, and whether firing cancels it.</summary>
    public string? AttachedToId { get; set; }
    public bool CancelActivity { get; set; } = true;
    public List<string> Boundaries { get; } = [];

    public UserTaskSpec? UserTask { get; set; }

    /// <summary>Service and send tasks: the registered activity (camunda:class / type / topic / delegateExpression).</summary>
    public string? ActivityName { get; set; }
    public string? Script { get; set; }
    public string? ScriptFormat { get; set; }
    public string? ResultVariable { get; set; }
    public CallSpec? Call { get; set; }
    public MultiInstanceSpec? MultiInstance { get; set; }
    public List<VariableMapping> Inputs { get; } = [];
    public List<VariableMapping> Outputs { get; } = [];

    /// <summary>Sub-processes: whether it is event-triggered (not supported; kept so the validator can say so).</summary>
    public bool TriggeredByEvent { get; init; }

    public bool IsActivity => Kind is NodeKind.Task or NodeKind.UserTask or NodeKind.ServiceTask or NodeKind.ScriptTask
        or NodeKind.SendTask or NodeKind.ReceiveTask or NodeKind.SubProcess or NodeKind.CallActivity;

    public bool IsGateway => Kind is NodeKind.ExclusiveGateway or NodeKind.ParallelGateway or NodeKind.InclusiveGateway;

    public string Label => string.IsNullOrWhiteSpace(Name) ? Id : Name;
}
