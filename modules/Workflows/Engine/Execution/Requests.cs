using System.Text.Json.Nodes;
using SafetyPortal.Workflows.Engine.Model;
using SafetyPortal.Workflows.Engine.Timers;

namespace SafetyPortal.Workflows.Engine.Execution;

/// <summary>A user task to create. Candidates are already evaluated (no expressions left).</summary>
public sealed record TaskRequest(
    string TokenId, string ElementId, string Name, string? Assignee, IReadOnlyList<string> CandidateUsers,
    IReadOnlyList<string> CandidateGroups, DateTime? DueDate, DateTime? FollowUpDate, string? FormKey, int Priority);

/// <summary>A timer to store: for the token, at the element (an intermediate event or a boundary event).</summary>
public sealed record TimerRequest(string TokenId, string ElementId, TimerPlan Plan);

/// <summary>An activity job to store, with its evaluated inputs.</summary>
public sealed record ActivityRequest(string TokenId, string ElementId, string ActivityName, JsonObject Inputs);

public sealed record SubscriptionRequest(string TokenId, string ElementId, string MessageName);

/// <summary>A call activity's process to start with the variables its camunda:in mappings pass; the parent token waits for it.
/// BusinessKey null: the caller's.</summary>
public sealed record ChildStartRequest(string TokenId, string ElementId, CallSpec Call, JsonObject Variables, string? BusinessKey = null);

public sealed record JournalRecord(string? ElementId, string? ElementName, string Kind, string? Detail);

public sealed record IncidentRecord(string TokenId, string ElementId, string Message);
