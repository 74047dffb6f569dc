namespace SafetyPortal.Articles.Domain;

/// <summary>What a <see cref="CaseWarningTag"/> code means. Key sites are a flag set on the article itself.</summary>
public enum CaseWarningTagKind
{
    /// <summary>A risk category code of the risk catalogue.</summary>
    RiskCategory = 1,

    /// <summary>An industry code of GB/T 4754 (e.g. C33), as enterprises carry it.</summary>
    Industry = 2,
}
