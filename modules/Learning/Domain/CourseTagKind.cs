namespace SafetyPortal.Learning.Domain;

/// <summary>What a <see cref="CourseTag"/> code means. Key sites are a flag set on the course itself.</summary>
public enum CourseTagKind
{
    /// <summary>A risk category code of the risk catalogue.</summary>
    RiskCategory = 1,

    /// <summary>An industry code of GB/T 4754 (e.g. C33), as enterprises carry it.</summary>
    Industry = 2,

    /// <summary>A position or role the course is for: a built-in role name (EnterprisePrincipal, Employee, ...) or a post.</summary>
    Position = 3,
}
