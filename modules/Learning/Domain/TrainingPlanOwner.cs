namespace SafetyPortal.Learning.Domain;

/// <summary>Who set a training plan and so whose staff it covers.</summary>
public enum TrainingPlanOwner
{
    /// <summary>The bureau (TenantId null): staff of every town.</summary>
    Bureau,

    /// <summary>A town: the staff of its enterprises.</summary>
    Town,

    /// <summary>An enterprise (<see cref="TrainingPlan.EnterpriseId"/>): its own staff.</summary>
    Enterprise,
}
