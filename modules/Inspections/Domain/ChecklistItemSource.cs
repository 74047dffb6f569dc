namespace SafetyPortal.Inspections.Domain;

/// <summary>Where a checklist item came from.</summary>
public enum ChecklistItemSource
{
    /// <summary>A control measure (管控措施) of a risk point.</summary>
    ControlMeasure = 1,

    /// <summary>A check point (检查要点) of the risk point's catalogue category.</summary>
    CheckPoint = 2,

    /// <summary>An item every inspection of the tier has (responsibilities, training, emergency plans...).</summary>
    General = 3,
}
