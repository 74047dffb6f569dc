namespace SafetyPortal.Articles.Domain;

/// <summary>Where a case-warning article is on its way to readers: draft → in review → published (or returned, withdrawn).</summary>
public enum CaseWarningStatus
{
    Draft = 0,
    InReview = 1,

    /// <summary>Sent back by the reviewer with a reason; the author edits and submits again.</summary>
    Returned = 2,

    /// <summary>Approved; readers see it once <see cref="CaseWarning.PublishAt"/> has come.</summary>
    Published = 3,

    /// <summary>Taken off the reading list; it can be edited and submitted again.</summary>
    Withdrawn = 4,
}
