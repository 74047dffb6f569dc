using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Learning.Application;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Files;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Seeding;

namespace SafetyPortal.Learning.Seeding;

/// <summary>
/// Demo only: a published bureau course with a text, a video (12 s, 50 KB) and a PDF lesson and a cover; in every demo
/// town a town course, and an internal course of the demo principal's enterprise. Seeded once (by title).
/// </summary>
internal sealed class LearningDemoSeedContributor(PortalDbContext db, ICurrentTenant currentTenant, ITenantStore towns, IFileStore files,
    LessonBodies bodies, IUserOrganizationUnitLookup memberships) : IDataSeedContributor
{
    private static readonly long MaxSeedFile = 1024 * 1024;

    public int Order => 60;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        if (!context.IsDemo)
        {
            return;
        }
        var demo = await ReadAsync(cancellationToken);
        using (currentTenant.Change(null))
        {
            await SeedCourseAsync(demo.Bureau, demo.Bureau.Title, null, cancellationToken);
        }
        foreach (var town in await towns.GetActiveAsync(cancellationToken))
        {
            using (currentTenant.Change(town.Id))
            {
                await SeedCourseAsync(demo.Town, string.Format(CultureInfo.InvariantCulture, demo.Town.Title, town.Name), null, cancellationToken);
                var principal = await db.Set<PortalUser>().Where(u => u.NormalizedUserName == "PRINCIPAL").Select(u => (Guid?)u.Id)
                    .FirstOrDefaultAsync(cancellationToken);
                var enterpriseId = principal is null ? null
                    : (await memberships.GetForUserAsync(principal.Value, cancellationToken)).Select(m => m.EnterpriseId).FirstOrDefault(e => e is not null);
                if (enterpriseId is not null)
                {
                    await SeedCourseAsync(demo.Enterprise, demo.Enterprise.Title, enterpriseId, cancellationToken);
                }
            }
        }
    }

    private async Task SeedCourseAsync(DemoCourse demo, string title, Guid? enterpriseId, CancellationToken cancellationToken)
    {
        if (await db.Set<Course>().AnyAsync(c => c.Title == title, cancellationToken))
        {
            return;
        }
        var course = new Course
        {
            Id = Guid.CreateVersion7(), TenantId = currentTenant.Id, OwnerUnitId = enterpriseId, Title = title, Description = demo.Description,
            KeySites = demo.KeySites is null ? KeySites.None : Enum.Parse<KeySites>(demo.KeySites),
            Status = CourseStatus.Published, PublishedTime = DateTime.UtcNow,
        };
        course.Tags.AddRange((demo.Positions ?? []).Select(p => new CourseTag { TenantId = course.TenantId, Kind = CourseTagKind.Position, Code = p }));
        course.Tags.AddRange((demo.Industries ?? []).Select(p => new CourseTag { TenantId = course.TenantId, Kind = CourseTagKind.Industry, Code = p }));
        var chapter = new Chapter { Id = Guid.CreateVersion7(), TenantId = course.TenantId, CourseId = course.Id, Title = demo.Chapter };
        course.Chapters.Add(chapter);
        Add(course, chapter, demo.Text, LessonKind.RichText, bodies.Clean(demo.Text.Markdown ?? "", markdown: true), null, null);
        if (demo.Video is { } video)
        {
            Add(course, chapter, video, LessonKind.Video, null, await StoreAsync(CourseMedia.MediaContainer, "demo-lesson.mp4", cancellationToken), "demo-lesson.mp4");
        }
        if (demo.Document is { } document)
        {
            Add(course, chapter, document, LessonKind.Document, null, await StoreAsync(CourseMedia.MediaContainer, "demo-handout.pdf", cancellationToken),
                "demo-handout.pdf");
        }
        if (course.TenantId is null)
        {
            course.CoverFileId = await StoreAsync(CourseMedia.CoverContainer, "demo-cover.png", cancellationToken);
        }
        course.Recount();
        db.Add(course);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static void Add(Course course, Chapter chapter, DemoLesson demo, LessonKind kind, string? body, Guid? fileId, string? fileName) =>
        chapter.Lessons.Add(new Lesson
        {
            Id = Guid.CreateVersion7(), TenantId = course.TenantId, CourseId = course.Id, ChapterId = chapter.Id, Title = demo.Title, Kind = kind,
            Body = body, FileId = fileId, FileName = fileName, CreditHours = demo.CreditHours, MinimumStudySeconds = demo.MinimumSeconds,
            VideoSeconds = demo.VideoSeconds, Order = chapter.Lessons.Count,
        });

    private async Task<Guid> StoreAsync(string container, string name, CancellationToken cancellationToken)
    {
        await using var stream = Embedded(name);
        return (await files.SaveAsync(container, name, "application/octet-stream", stream, MaxSeedFile, "seed", cancellationToken)).Id;
    }

    private static Stream Embedded(string name) =>
        typeof(LearningDemoSeedContributor).Assembly.GetManifestResourceStream("SafetyPortal.Learning." + name)
        ?? throw new InvalidOperationException($"{name} is not embedded.");

    private static async Task<DemoCourses> ReadAsync(CancellationToken cancellationToken)
    {
        await using var stream = Embedded("demo-courses.json");
        return await JsonSerializer.DeserializeAsync<DemoCourses>(stream, JsonSerializerOptions.Web, cancellationToken)
            ?? throw new InvalidOperationException("demo-courses.json is empty.");
    }
}
