using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Learning;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Http.Tests.LearningPlans;

/// <summary>
/// Rows the training-plan tests need from the other half of the module (courses, ledger entries), written straight to
/// the database of the test host in the town's context.
/// </summary>
public sealed class TrainingData(PortalFactory factory)
{
    public async Task<Guid> AddCourseAsync(string town, string title) => await InTownAsync(town, async db =>
    {
        var course = new Course { Title = title, Status = CourseStatus.Published, PublishedTime = DateTime.UtcNow, CreditHours = 4, LessonCount = 2 };
        db.Add(course);
        await db.SaveChangesAsync();
        return course.Id;
    });

    public async Task<Guid> UserIdAsync(string town, string userName)
    {
        var normalized = userName.ToUpperInvariant();
        return await InTownAsync(town, db => db.Set<PortalUser>().Where(u => u.NormalizedUserName == normalized).Select(u => u.Id).FirstAsync());
    }

    public async Task EarnAsync(string town, string userName, Guid courseId, decimal hours, DateTime earned)
    {
        var userId = await UserIdAsync(town, userName);
        await InTownAsync(town, async db =>
        {
            db.Add(new CreditHourEntry
            {
                UserId = userId, Year = earned.Year, Hours = hours, Source = CreditHourSource.Lesson, SourceId = Guid.NewGuid(),
                CourseId = courseId, Title = "lesson", EarnedTime = earned,
            });
            return await db.SaveChangesAsync();
        });
    }

    private async Task<T> InTownAsync<T>(string town, Func<PortalDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var tenant = await scope.ServiceProvider.GetRequiredService<ITenantStore>().FindByCodeAsync(town);
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant!.Id))
        {
            return await work(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
        }
    }
}
