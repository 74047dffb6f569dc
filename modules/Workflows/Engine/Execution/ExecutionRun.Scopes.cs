using SafetyPortal.Workflows.Engine.Model;

namespace SafetyPortal.Workflows.Engine.Execution;

/// <summary>Ends, terminations, errors, boundary events and the completion of sub-process scopes.</summary>
internal sealed partial class ExecutionRun
{
    private void End(Token token, FlowNode node)
    {
        switch (node.Event)
        {
            case EventKind.Terminate:
                Effects.Log(node.Id, node.Name, JournalKinds.Terminated);
                var host = token.ScopeId is null ? null : state.Find(token.ScopeId);
                foreach (var sibling in state.Tokens.Where(t => t.ScopeId == token.ScopeId).ToList())
                {
                    Interrupt(sibling);
                    state.Tokens.Remove(sibling);
                }
                if (host is null)
                {
                    ScopeMayBeDone(null);
                }
                else
                {
                    CompleteScope(host);
                }
                break;
            case EventKind.Error:
                state.Tokens.Remove(token);
                Effects.ClearWaits(token);
                ThrowError(token.ScopeId is null ? null : state.Find(token.ScopeId), node, node.ErrorCode, $"Error end event {node.Label}");
                break;
            default:
                Finish(token);
                break;
        }
    }

    /// <summary>
    /// Throws a BPMN error from inside the scope of <paramref name="from"/> (the host that should catch it first):
    /// the nearest error boundary with that code, walking outwards, interrupts its activity and goes on from there.
    /// </summary>
    public void ThrowError(Token? from, FlowNode thrower, string? code, string message)
    {
        for (var host = from; host is not null; host = host.ScopeId is null ? null : state.Find(host.ScopeId))
        {
            var catcher = model.Node(host.NodeId).Boundaries.Select(model.Node)
                .FirstOrDefault(b => b.Event == EventKind.Error && (b.ErrorCode is null || b.ErrorCode == code));
            if (catcher is null)
            {
                continue;
            }
            Effects.Log(catcher.Id, catcher.Name, JournalKinds.ErrorCaught, code);
            Interrupt(host);
            host.MultiInstanceInner = false;
            host.NodeId = catcher.Id;
            host.State = TokenState.Active;
            Guarded(host, catcher, () => Leave(host, catcher));
            return;
        }
        var failed = from ?? state.NewToken(thrower.Id, null);
        Fail(failed, thrower, $"The error '{code}' ({message}) is not caught by any error boundary event.");
    }

    /// <summary>A timer or message boundary event fires on the token resting at its activity.</summary>
    public void FireBoundary(Token token, FlowNode boundary)
    {
        Effects.Log(boundary.Id, boundary.Name, boundary.Event == EventKind.Timer ? JournalKinds.TimerFired : JournalKinds.MessageReceived);
        if (boundary.CancelActivity)
        {
            Interrupt(token);
            token.MultiInstanceInner = false;
            token.NodeId = boundary.Id;
            token.State = TokenState.Active;
            Guarded(token, boundary, () => Leave(token, boundary));
            return;
        }
        var branch = state.NewToken(boundary.Id, token.ScopeId);
        Guarded(branch, boundary, () => Leave(branch, boundary));
    }

    /// <summary>Cancels everything the token carries: its waits and, for a scope host, every token inside.</summary>
    private void Interrupt(Token token)
    {
        foreach (var inner in state.Tokens.Where(t => t.ScopeId == token.Id).ToList())
        {
            Interrupt(inner);
            state.Tokens.Remove(inner);
        }
        Effects.ClearWaits(token);
        if (token.State is TokenState.Waiting or TokenState.ScopeHost or TokenState.MultiInstanceHost)
        {
            Effects.Log(token.NodeId, model.Nodes.GetValueOrDefault(token.NodeId)?.Name, JournalKinds.Cancelled);
        }
    }

    private void ScopeMayBeDone(string? scopeId)
    {
        if (state.Tokens.Any(t => t.ScopeId == scopeId))
        {
            return;
        }
        if (scopeId is null)
        {
            state.Ended = true;
            Effects.Log(null, null, JournalKinds.Ended);
            return;
        }
        if (state.Find(scopeId) is { State: TokenState.ScopeHost } host)
        {
            CompleteScope(host);
        }
    }

    private void CompleteScope(Token host)
    {
        var node = model.Node(host.NodeId);
        host.State = TokenState.Active;
        Guarded(host, node, () => Leave(host, node));
    }
}
