using SafetyPortal.Workflows.Engine.Model;
using SafetyPortal.Workflows.Engine.Parsing;
using SafetyPortal.Workflows.Engine.Scripting;
using SafetyPortal.Workflows.Engine.Timers;

namespace SafetyPortal.Workflows.Engine.Validation;

/// <summary>One node at a time: allowed event definitions per kind, assignments, activities, scripts and timers.</summary>
internal static class NodeChecks
{
    public static void Check(ProcessModel model, FlowNode node, Func<string, bool> activityExists, List<ModelError> errors)
    {
        void Error(string message) => errors.Add(new ModelError(node.Id, message));
        CheckEvent(node, Error);
        switch (node.Kind)
        {
            case NodeKind.UserTask:
                if (node.UserTask is not { HasAssignment: true })
                {
                    Error("The user task has no assignee, candidate users or candidate groups, so nobody could ever take it.");
                }
                foreach (var text in new[] { node.UserTask?.Assignee, node.UserTask?.CandidateUsers, node.UserTask?.CandidateGroups, node.UserTask?.DueDate, node.UserTask?.FollowUpDate })
                {
                    CheckExpressions(text, Error);
                }
                CheckLiteralDate(node.UserTask?.DueDate, "due date", Error);
                CheckLiteralDate(node.UserTask?.FollowUpDate, "follow-up date", Error);
                break;
            case NodeKind.ServiceTask or NodeKind.SendTask:
                if (node.ActivityName is null)
                {
                    Error("The task names no activity (camunda:class, camunda:type or camunda:topic).");
                }
                else if (!activityExists(node.ActivityName))
                {
                    Error($"No registered activity is called '{node.ActivityName}'.");
                }
                break;
            case NodeKind.ScriptTask:
                if (!ScriptLanguages.IsJavaScript(node.ScriptFormat))
                {
                    Error($"Scripts in '{node.ScriptFormat}' are not supported; write JavaScript.");
                }
                else if (string.IsNullOrWhiteSpace(node.Script))
                {
                    Error("The script task has no script.");
                }
                else if (ScriptSandbox.SyntaxErrorOf(node.Script) is { } problem)
                {
                    Error($"The script does not parse: {problem}");
                }
                break;
            case NodeKind.SubProcess:
                if (node.TriggeredByEvent)
                {
                    Error("Event sub-processes are not supported.");
                }
                else if (model.StartEventsOf(node.Id).Count() != 1 || model.NoneStartOf(node.Id) is null)
                {
                    Error("A sub-process needs exactly one start event, without an event definition.");
                }
                break;
            case NodeKind.CallActivity:
                if (string.IsNullOrWhiteSpace(node.Call?.CalledElement))
                {
                    Error("The call activity names no process (calledElement).");
                }
                foreach (var text in (node.Call?.In ?? []).Concat(node.Call?.Out ?? []).Select(m => m.SourceExpression).Append(node.Call?.BusinessKey))
                {
                    CheckExpressions(text, Error);
                }
                break;
        }
        CheckTimer(node, Error);
        CheckLoop(node, Error);
        foreach (var mapping in node.Inputs.Concat(node.Outputs))
        {
            CheckExpressions(mapping.Value, Error);
        }
    }

    private static void CheckEvent(FlowNode node, Action<string> error)
    {
        var allowed = node.Kind switch
        {
            NodeKind.StartEvent when node.ScopeId is null => [EventKind.None, EventKind.Timer, EventKind.Message],
            NodeKind.StartEvent => [EventKind.None],
            NodeKind.EndEvent => [EventKind.None, EventKind.Terminate, EventKind.Error],
            NodeKind.IntermediateCatchEvent => [EventKind.Timer, EventKind.Message],
            NodeKind.IntermediateThrowEvent => [EventKind.None],
            NodeKind.BoundaryEvent => [EventKind.Timer, EventKind.Message, EventKind.Error],
            _ => new[] { EventKind.None },
        };
        if (!allowed.Contains(node.Event))
        {
            error(node.Event == EventKind.None
                ? $"A {node.Kind} needs an event definition ({string.Join(", ", allowed)})."
                : $"{node.Event} is not supported on a {node.Kind}{(node.Kind == NodeKind.StartEvent && node.ScopeId is not null ? " of a sub-process" : "")}.");
        }
        if (node.Kind != NodeKind.BoundaryEvent)
        {
            return;
        }
        if (node.Event == EventKind.Error && !node.CancelActivity)
        {
            error("An error boundary event always interrupts its activity.");
        }
    }

    private static void CheckTimer(FlowNode node, Action<string> error)
    {
        if (node.Timer is not { } timer)
        {
            return;
        }
        if (Expressions.IsExpression(timer.Text) && node.Kind == NodeKind.StartEvent)
        {
            error("A timer start event needs a literal ISO 8601 value: there are no variables yet to evaluate an expression with.");
        }
        else if (Expressions.IsExpression(timer.Text))
        {
            CheckExpressions(timer.Text, error);
        }
        else if (TimerSchedule.ProblemOf(timer.Kind, timer.Text) is { } problem)
        {
            error($"The timer is wrong: {problem}");
        }
    }

    private static void CheckLoop(FlowNode node, Action<string> error)
    {
        if (node.MultiInstance is not { } loop)
        {
            return;
        }
        if (!node.IsActivity)
        {
            error("Only tasks and sub-processes can be multi-instance.");
        }
        if (string.IsNullOrWhiteSpace(loop.LoopCardinality) && string.IsNullOrWhiteSpace(loop.Collection))
        {
            error("A multi-instance activity needs a loopCardinality or a camunda:collection.");
        }
        foreach (var text in new[] { loop.LoopCardinality, loop.Collection, loop.CompletionCondition })
        {
            if (!string.IsNullOrWhiteSpace(text) && ScriptSandbox.SyntaxErrorOf(Expressions.ToScript(text)) is { } problem)
            {
                error($"'{text}' does not parse: {problem}");
            }
        }
    }

    /// <summary>Each ${...} part of a value parses as JavaScript.</summary>
    internal static void CheckExpressions(string? text, Action<string> error)
    {
        foreach (var part in AssignmentReader.Split(text))
        {
            var scripts = Expressions.IsExpression(part) ? [Expressions.ToScript(part)] : Expressions.Embedded(part);
            foreach (var script in scripts)
            {
                if (ScriptSandbox.SyntaxErrorOf(script) is { } problem)
                {
                    error($"The expression '{part}' does not parse: {problem}");
                }
            }
        }
    }

    private static void CheckLiteralDate(string? text, string what, Action<string> error)
    {
        if (string.IsNullOrWhiteSpace(text) || Expressions.IsExpression(text) || DueDates.TryResolve(text, DateTime.UtcNow, out _))
        {
            return;
        }
        error($"The {what} '{text}' is neither an ISO 8601 date-time, a duration (P3D) nor an expression.");
    }
}
