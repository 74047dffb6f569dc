namespace SafetyPortal.Platform.Workflows;

/// <summary>
/// Sets the status of one kind of entity when a process says so (the "setEntityStatus" activity). The module that
/// owns the entity implements it for its <see cref="EntityType"/> (e.g. "RiskPoint") and registers it as a scoped
/// IEntityStatusHandler; it runs inside the instance's town. Throw <see cref="WorkflowBpmnErrorException"/> for a
/// business refusal a process can catch (say, a status change the entity does not allow), anything else for a failure.
/// </summary>
public interface IEntityStatusHandler
{
    /// <summary>The name processes use, e.g. "RiskPoint"; compared ignoring case.</summary>
    string EntityType { get; }

    /// <summary>The statuses it accepts, for the designer and for a clear error; empty when any text goes.</summary>
    IReadOnlyList<string> Statuses { get; }

    Task SetStatusAsync(EntityStatusChange change, CancellationToken cancellationToken);
}
