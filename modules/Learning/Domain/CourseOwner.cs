namespace SafetyPortal.Learning.Domain;

/// <summary>Who publishes a course and so who sees it.</summary>
public enum CourseOwner
{
    /// <summary>The bureau (TenantId null): every town.</summary>
    Bureau,

    /// <summary>A town: that town's enterprises and staff.</summary>
    Town,

    /// <summary>An enterprise's internal course (OwnerUnitId): that enterprise's staff.</summary>
    Enterprise,
}
