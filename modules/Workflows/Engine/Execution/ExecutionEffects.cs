namespace SafetyPortal.Workflows.Engine.Execution;

/// <summary>
/// What a step of the executor asks the persistence layer to do, in one transaction: wait states to create, waits of
/// tokens that moved on to remove, journal lines, incidents. A token cleared after it asked for a wait in the same
/// step loses that request here, so nothing stale reaches the database.
/// </summary>
public sealed class ExecutionEffects
{
    public List<TaskRequest> Tasks { get; } = [];
    public List<TimerRequest> Timers { get; } = [];
    public List<ActivityRequest> Activities { get; } = [];
    public List<SubscriptionRequest> Subscriptions { get; } = [];
    public List<ChildStartRequest> ChildStarts { get; } = [];
    public List<JournalRecord> Journal { get; } = [];
    public List<IncidentRecord> Incidents { get; } = [];

    /// <summary>Tokens whose stored waits (open tasks, jobs, subscriptions) must go, as they moved on or were cancelled.</summary>
    public Dictionary<string, WaitKinds> ClearedTokens { get; } = new(StringComparer.Ordinal);

    /// <summary>Notes that the token has a stored wait of this kind.</summary>
    public static void Track(Token token, WaitKinds kind) => token.Waits |= kind;

    public void ClearWaits(Token token)
    {
        var tokenId = token.Id;
        if (token.Waits != WaitKinds.None)
        {
            ClearedTokens[tokenId] = ClearedTokens.GetValueOrDefault(tokenId) | token.Waits;
            token.Waits = WaitKinds.None;
        }
        Tasks.RemoveAll(r => r.TokenId == tokenId);
        Timers.RemoveAll(r => r.TokenId == tokenId);
        Activities.RemoveAll(r => r.TokenId == tokenId);
        Subscriptions.RemoveAll(r => r.TokenId == tokenId);
        ChildStarts.RemoveAll(r => r.TokenId == tokenId);
    }

    public void Log(string? elementId, string? elementName, string kind, string? detail = null) =>
        Journal.Add(new JournalRecord(elementId, elementName, kind, detail));
}
