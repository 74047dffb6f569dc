namespace SafetyPortal.Learning.Seeding;

internal sealed record DemoCourse(string Title, string Description, string Chapter, DemoLesson Text, DemoLesson? Video = null, DemoLesson? Document = null,
    string? KeySites = null, string[]? Positions = null, string[]? Industries = null);
