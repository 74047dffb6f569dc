using System.Text.Json.Nodes;

namespace SafetyPortal.Workflows.Application;

/// <summary>A user task in an inbox. Candidate groups are role names, "unit:ID" or "unit:ID:Role".</summary>
public sealed record HumanTaskDto(
    Guid Id, Guid InstanceId, string ElementId, string Name, string ProcessKey, string? BusinessKey, string? Assignee, string? Owner,
    IReadOnlyList<string> CandidateUsers, IReadOnlyList<string> CandidateGroups, string? FormKey, int Priority,
    DateTime? DueDate, DateTime? FollowUpDate, bool IsOverdue, string Status, DateTime CreationTime, DateTime? ClaimTime,
    DateTime? CompletionTime, string? CompletedBy, string ConcurrencyStamp);

/// <summary>A task with the instance's variables, for its form.</summary>
public sealed record HumanTaskDetailDto(HumanTaskDto Task, JsonObject Variables);

/// <summary>Inbox filters. Scope: "mine" (assigned to me), "groups" (unassigned, I am a candidate), "all" (both; default), "completed" (completed by me).</summary>
public sealed record TaskFilter(string? Scope = null, string? ProcessKey = null, string? BusinessKey = null, bool? Overdue = null);

/// <summary>Completes a task with the form's data (set as instance variables). ConcurrencyStamp optional.</summary>
public sealed record CompleteTaskRequest(JsonObject? Variables, string? ConcurrencyStamp);

/// <summary>Hands a task to another user of the town; the delegating user stays its owner and still sees it.</summary>
public sealed record DelegateTaskRequest(string? UserName, string? ConcurrencyStamp);

/// <summary>Claim / unclaim with the stamp the client read (optional).</summary>
public sealed record TaskActionRequest(string? ConcurrencyStamp);
