using SafetyPortal.Workflows.Domain;
using SafetyPortal.Workflows.Runtime;

namespace SafetyPortal.Workflows.Application;

internal static class WorkflowMapping
{
    public static InstanceSummaryDto ToSummary(this WorkflowInstance i) =>
        new(i.Id, i.TenantId, i.ProcessKey, i.DefinitionId, i.DefinitionVersion, i.BusinessKey, i.Status.ToString(), i.HasIncident,
            Candidates.Split(i.ActiveElementIds), i.StartTime, i.EndTime, i.StartedBy, i.ParentInstanceId);

    public static HumanTaskDto ToDto(this HumanTask t, DateTime now) =>
        new(t.Id, t.InstanceId, t.ElementId, t.Name, t.ProcessKey, t.BusinessKey, t.Assignee, t.Owner,
            Candidates.Split(t.CandidateUsers), Candidates.Split(t.CandidateGroups), t.FormKey, t.Priority, t.DueDate, t.FollowUpDate,
            t.Status == HumanTaskStatus.Open && t.DueDate < now, t.Status.ToString(), t.CreationTime, t.ClaimTime, t.CompletionTime,
            t.CompletedBy, t.ConcurrencyStamp);

    public static IncidentDto ToDto(this Incident i) =>
        new(i.Id, i.InstanceId, i.ElementId, i.Message, i.CreationTime, i.ResolvedTime, i.ResolvedBy);

    public static JournalEntryDto ToDto(this JournalEntry e) =>
        new(e.Time, e.Sequence, e.ElementId, e.ElementName, e.Kind, e.Actor, e.Detail);
}
