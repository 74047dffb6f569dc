using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Learning.Domain;

/// <summary>章节: an ordered group of lessons of a course.</summary>
public class Chapter : Entity, IMultiTenant
{
    public const int MaxTitleLength = 128;

    public Guid? TenantId { get; set; }
    public Guid CourseId { get; set; }
    public string Title { get; set; } = "";

    /// <summary>Position in the course, from 0.</summary>
    public int Order { get; set; }

    public List<Lesson> Lessons { get; set; } = [];
}
