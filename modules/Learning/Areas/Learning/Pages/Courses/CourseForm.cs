using SafetyPortal.Learning.Application;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Learning.Areas.Learning.Pages.Courses;

/// <summary>The course form: tags are typed as lists separated by commas, spaces or new lines.</summary>
public sealed class CourseForm
{
    private static readonly char[] Separators = [',', '，', ';', '；', ' ', '\n', '\r', '、'];

    public string? Title { get; set; }
    public string? Description { get; set; }
    public List<KeySites> KeySites { get; set; } = [];
    public string? RiskCategories { get; set; }
    public string? Industries { get; set; }
    public string? Positions { get; set; }
    public string? ConcurrencyStamp { get; set; }

    public static CourseForm From(CourseDetailDto course)
    {
        ArgumentNullException.ThrowIfNull(course);
        return new CourseForm
        {
            Title = course.Title, Description = course.Description, ConcurrencyStamp = course.ConcurrencyStamp,
            KeySites = [.. Enum.GetValues<KeySites>().Where(s => s != Platform.Enterprises.KeySites.None && course.KeySites.HasFlag(s))],
            RiskCategories = string.Join(", ", course.Tags.RiskCategories), Industries = string.Join(", ", course.Tags.Industries),
            Positions = string.Join(", ", course.Tags.Positions),
        };
    }

    public SaveCourseRequest ToRequest() => new(Title, Description, KeySites.Aggregate(Platform.Enterprises.KeySites.None, (a, b) => a | b),
        Split(RiskCategories), Split(Industries), Split(Positions), null, ConcurrencyStamp);

    private static string[] Split(string? text) => (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
