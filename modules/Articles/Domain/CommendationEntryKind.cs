namespace SafetyPortal.Articles.Domain;

/// <summary>Whom an entry commends: an enterprise or one person of an enterprise's staff.</summary>
public enum CommendationEntryKind
{
    Enterprise = 1,
    Individual = 2,
}
