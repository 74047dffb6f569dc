namespace SafetyPortal.Workflows.Engine.Model;

/// <summary>
/// Who may work on a user task and when it is due, read from camunda: attributes or potentialOwner.
/// Candidate groups name roles; "unit:ID" a organization unit (any member), "unit:ID:Role" members holding the role.
/// Every value may be an expression (${...}). SeparateFrom: user tasks of the same instance whose completer may not complete
/// (or claim) this one — the four-eyes rule of a verification, read from the extension property "separateFrom" (ids, commas).
/// </summary>
public sealed record UserTaskSpec(
    string? Assignee,
    string? CandidateUsers,
    string? CandidateGroups,
    string? DueDate,
    string? FollowUpDate,
    string? FormKey,
    string? Priority,
    IReadOnlyList<string>? SeparateFrom = null)
{
    public bool HasAssignment =>
        !string.IsNullOrWhiteSpace(Assignee) || !string.IsNullOrWhiteSpace(CandidateUsers) || !string.IsNullOrWhiteSpace(CandidateGroups);
}
