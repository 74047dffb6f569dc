using System.Globalization;
using System.Text.Json.Nodes;
using SafetyPortal.Workflows.Engine.Model;
using SafetyPortal.Workflows.Engine.Parsing;
using SafetyPortal.Workflows.Engine.Timers;

namespace SafetyPortal.Workflows.Engine.Execution;

/// <summary>Wait states: what each asks to be stored, and the values (expressions) they need.</summary>
internal sealed partial class ExecutionRun
{
    private void Wait(Token token, FlowNode node)
    {
        token.State = TokenState.Waiting;
        switch (node.Kind)
        {
            case NodeKind.UserTask:
                Effects.Tasks.Add(TaskFor(token, node));
                ExecutionEffects.Track(token, WaitKinds.Task);
                break;
            case NodeKind.ServiceTask or NodeKind.SendTask:
                Effects.Activities.Add(new ActivityRequest(token.Id, node.Id, node.ActivityName!, InputsOf(token, node)));
                ExecutionEffects.Track(token, WaitKinds.Job);
                break;
            case NodeKind.ReceiveTask:
                Effects.Subscriptions.Add(new SubscriptionRequest(token.Id, node.Id, node.MessageName!));
                ExecutionEffects.Track(token, WaitKinds.Subscription);
                break;
            case NodeKind.IntermediateCatchEvent when node.Event == EventKind.Timer:
                Effects.Timers.Add(new TimerRequest(token.Id, node.Id, PlanOf(token, node)));
                ExecutionEffects.Track(token, WaitKinds.Job);
                break;
            case NodeKind.IntermediateCatchEvent when node.Event == EventKind.Message:
                Effects.Subscriptions.Add(new SubscriptionRequest(token.Id, node.Id, node.MessageName!));
                ExecutionEffects.Track(token, WaitKinds.Subscription);
                break;
            case NodeKind.CallActivity:
                var call = node.Call!;
                var passed = CallVariables.Map(call.In, VariablesOf(token), scripts, node.Id);
                var businessKey = CallVariables.BusinessKey(call.BusinessKey, text => Value(token, node.Id, text));
                Effects.ChildStarts.Add(new ChildStartRequest(token.Id, node.Id, call, passed, businessKey));
                ExecutionEffects.Track(token, WaitKinds.ChildInstance);
                break;
            default:
                throw new ExecutionFailureException(node.Id, $"{node.Kind} with {node.Event} events cannot run.");
        }
        AttachBoundaries(token, node);
    }

    /// <summary>Timers and message subscriptions of the activity's boundary events, tied to the waiting token.</summary>
    private void AttachBoundaries(Token token, FlowNode node)
    {
        foreach (var boundary in node.Boundaries.Select(model.Node))
        {
            switch (boundary.Event)
            {
                case EventKind.Timer:
                    Effects.Timers.Add(new TimerRequest(token.Id, boundary.Id, PlanOf(token, boundary)));
                    ExecutionEffects.Track(token, WaitKinds.Job);
                    break;
                case EventKind.Message:
                    Effects.Subscriptions.Add(new SubscriptionRequest(token.Id, boundary.Id, boundary.MessageName!));
                    ExecutionEffects.Track(token, WaitKinds.Subscription);
                    break;
            }
        }
    }

    private TaskRequest TaskFor(Token token, FlowNode node)
    {
        var spec = node.UserTask!;
        var users = Values(token, node, spec.CandidateUsers);
        var groups = Values(token, node, spec.CandidateGroups);
        var assignee = Values(token, node, spec.Assignee).FirstOrDefault();
        if (assignee is null && users.Count == 0 && groups.Count == 0)
        {
            throw new ExecutionFailureException(node.Id, "The assignment expressions gave nobody to take the task.");
        }
        var priority = int.TryParse(Values(token, node, spec.Priority).FirstOrDefault(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) ? p : 50;
        return new TaskRequest(token.Id, node.Id, node.Label, assignee, users, groups,
            DateOf(token, node, spec.DueDate, "due date"), DateOf(token, node, spec.FollowUpDate, "follow-up date"),
            Values(token, node, spec.FormKey).FirstOrDefault(), priority);
    }

    private DateTime? DateOf(Token token, FlowNode node, string? text, string what)
    {
        var value = Values(token, node, text).FirstOrDefault();
        return DueDates.TryResolve(value, now, out var date)
            ? date
            : throw new ExecutionFailureException(node.Id, $"The {what} '{value}' is neither an ISO 8601 date-time nor a duration.");
    }

    private TimerPlan PlanOf(Token token, FlowNode node)
    {
        var timer = node.Timer!;
        var text = Value(token, node.Id, timer.Text) ?? "";
        try
        {
            return TimerSchedule.Plan(timer.Kind, text, now);
        }
        catch (FormatException e)
        {
            throw new ExecutionFailureException(node.Id, $"The timer is wrong: {e.Message}");
        }
    }

    /// <summary>Comma-separated values, each literal or ${...} (an expression may give a list).</summary>
    private List<string> Values(Token token, FlowNode node, string? text)
    {
        var values = new List<string>();
        foreach (var part in AssignmentReader.Split(text))
        {
            if (!Expressions.IsExpression(part))
            {
                values.Add(Expressions.HasEmbedded(part) ? Interpolate(token, node.Id, part) : part);
                continue;
            }
            var result = scripts.Evaluate(node.Id, Expressions.ToScript(part), VariablesOf(token));
            if (result is JsonArray array)
            {
                values.AddRange(array.Where(v => v is not null).Select(v => v is JsonValue jv ? jv.ToString() : v!.ToJsonString()));
            }
            else if (result is not null)
            {
                values.AddRange(AssignmentReader.Split(result is JsonValue jv ? jv.ToString() : result.ToJsonString()));
            }
        }
        return values;
    }

    private string Interpolate(Token token, string elementId, string text) =>
        Expressions.Interpolate(text, script => scripts.Evaluate(elementId, script, VariablesOf(token)) is JsonValue value ? value.ToString() : "");

    private string? Value(Token token, string elementId, string text)
    {
        if (!Expressions.IsExpression(text))
        {
            return text;
        }
        var result = scripts.Evaluate(elementId, Expressions.ToScript(text), VariablesOf(token));
        return result is JsonValue value ? value.ToString() : result?.ToJsonString();
    }

    private JsonNode? ValueNode(Token token, string elementId, string? text) =>
        text is null ? null
        : Expressions.IsExpression(text) ? scripts.Evaluate(elementId, Expressions.ToScript(text), VariablesOf(token))
        : Expressions.HasEmbedded(text) ? JsonValue.Create(Interpolate(token, elementId, text))
        : JsonValue.Create(text);

    /// <summary>Service-task inputs: the input mappings, evaluated now.</summary>
    private JsonObject InputsOf(Token token, FlowNode node)
    {
        var inputs = new JsonObject();
        foreach (var mapping in node.Inputs)
        {
            inputs[mapping.Name] = ValueNode(token, node.Id, mapping.Value);
        }
        return inputs;
    }

    /// <summary>Other activities: input mappings become the token's local variables.</summary>
    private void ApplyInputs(Token token, FlowNode node)
    {
        if (node.Inputs.Count == 0)
        {
            return;
        }
        var locals = token.Locals ??= new JsonObject();
        foreach (var mapping in node.Inputs)
        {
            locals[mapping.Name] = ValueNode(token, node.Id, mapping.Value);
        }
    }

    /// <summary>Output mappings are evaluated with the activity's locals and set on the instance.</summary>
    private void ApplyOutputs(Token token, FlowNode node)
    {
        foreach (var mapping in node.Outputs)
        {
            var value = ValueNode(token, node.Id, mapping.Value);
            SetVariable(token.ScopeId is null ? null : state.Find(token.ScopeId), mapping.Name, value);
        }
    }

    private void RunScript(Token token, FlowNode node)
    {
        var result = scripts.RunScript(node.Id, node.Script ?? "", VariablesOf(token));
        foreach (var (name, value) in result.SetVariables)
        {
            SetVariable(token, name, value);
        }
        if (node.ResultVariable is { Length: > 0 } resultVariable)
        {
            SetVariable(token, resultVariable, result.Value);
        }
    }
}
