namespace SafetyPortal.Learning.Domain;

public enum LessonKind
{
    /// <summary>Sanitised HTML (written as Markdown or HTML).</summary>
    RichText = 0,

    /// <summary>An uploaded mp4 or webm, served with byte ranges.</summary>
    Video = 1,

    /// <summary>An uploaded PDF shown in the browser.</summary>
    Document = 2,
}
