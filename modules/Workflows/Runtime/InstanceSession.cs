using System.Text.Json.Nodes;
using SafetyPortal.Workflows.Domain;
using SafetyPortal.Workflows.Engine.Execution;
using SafetyPortal.Workflows.Engine.Model;

namespace SafetyPortal.Workflows.Runtime;

/// <summary>An instance loaded for one step: its row, its model, its tokens and variables.</summary>
public sealed record InstanceSession(WorkflowInstance Instance, ProcessModel Model, InstanceState State, JsonObject Variables);
