namespace SafetyPortal.Learning.Tracking;

/// <summary>Which enrolments a people list shows.</summary>
public enum TrackingState
{
    /// <summary>Required hours reached.</summary>
    Completed = 1,

    /// <summary>Not yet complete (overdue or not).</summary>
    Pending = 2,

    /// <summary>Not complete and past the deadline.</summary>
    Overdue = 3,
}
