namespace SafetyPortal.Articles.MustRead;

/// <summary>Which of an assignment's people to list: everyone, those who have read it, or (the default) those who have not.</summary>
public enum MustReadPeopleFilter
{
    Unread = 0,
    Read = 1,
    All = 2,
}
