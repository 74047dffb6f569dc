using Microsoft.EntityFrameworkCore;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Exams.Attempts;

/// <summary>The exam an attempt belongs to, read untracked across the town filter (the sweep runs across towns).</summary>
public static class AttemptExams
{
    private static readonly CompiledPerModel<Func<PortalDbContext, Guid, CancellationToken, Task<Exam>>> Read =
        new(() => EF.CompileAsyncQuery((PortalDbContext context, Guid examId, CancellationToken _) =>
            context.Set<Exam>().IgnoreQueryFilters().AsNoTracking().First(e => e.Id == examId)));

    public static Task<Exam> ReadAsync(PortalDbContext db, Guid examId, CancellationToken cancellationToken) =>
        Read.For(db)(db, examId, cancellationToken);
}
