namespace SafetyPortal.Articles.MustRead;

/// <summary>The pages must-read notices and lists open.</summary>
public static class MustReadLinks
{
    public static string Article(Guid articleId) => $"/Articles/CaseWarnings/Read/{articleId}";
}
