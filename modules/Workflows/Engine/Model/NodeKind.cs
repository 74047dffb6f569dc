namespace SafetyPortal.Workflows.Engine.Model;

/// <summary>The BPMN flow nodes the engine runs (see README: executable subset).</summary>
public enum NodeKind
{
    StartEvent,
    EndEvent,
    IntermediateCatchEvent,
    IntermediateThrowEvent,
    BoundaryEvent,
    Task,
    UserTask,
    ServiceTask,
    ScriptTask,
    SendTask,
    ReceiveTask,
    ExclusiveGateway,
    ParallelGateway,
    InclusiveGateway,
    SubProcess,
    CallActivity,
}
