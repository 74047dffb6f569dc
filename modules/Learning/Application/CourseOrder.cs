namespace SafetyPortal.Learning.Application;

/// <summary>Builds the whole-course order that moving one chapter or lesson one place gives (for the editor's arrows).</summary>
public static class CourseOrder
{
    public static ReorderRequest Move(CourseDetailDto course, Guid? chapterId, Guid? lessonId, int step)
    {
        ArgumentNullException.ThrowIfNull(course);
        var chapters = course.Chapters.Select(c => (c.Id, Lessons: c.Lessons.Select(l => l.Id).ToList())).ToList();
        if (lessonId is { } lesson)
        {
            var chapter = chapters.First(c => c.Lessons.Contains(lesson)).Lessons;
            Swap(chapter, chapter.IndexOf(lesson), step);
        }
        else if (chapterId is { } id)
        {
            Swap(chapters, chapters.FindIndex(c => c.Id == id), step);
        }
        return new ReorderRequest([.. chapters.Select(c => new ReorderChapter(c.Id, c.Lessons))]);
    }

    private static void Swap<T>(List<T> items, int index, int step)
    {
        var other = index + Math.Sign(step);
        if (index >= 0 && other >= 0 && other < items.Count)
        {
            (items[index], items[other]) = (items[other], items[index]);
        }
    }
}
