namespace SafetyPortal.Learning.Seeding;

internal sealed record DemoLesson(string Title, decimal CreditHours, int MinimumSeconds, string? Markdown = null, int? VideoSeconds = null);
