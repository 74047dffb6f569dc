using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Attempts;

/// <summary>
/// Saving one answer: the hot path of a sitting (hundreds a second in a city-wide exam). The attempt's shape (whose it is,
/// its deadline, its questions' rows and sizes) is known on the node after its first answer (<see cref="AttemptAnswerShapes"/>),
/// so an answer is one UPDATE of its question row guarded by "not graded" (Score IS NULL: a submit scores every row in
/// its transaction) and "newer than the stored answer" (sequence). When that changes no row, the careful path decides:
/// one compiled read of the question row joined to the candidate's own attempt, then an UPDATE guarded by the row's
/// <see cref="AttemptQuestion.Revision"/>; a submit that came in between has raised it, so the answer is judged again
/// against the re-read attempt and refused as after submission (409), never stored ungraded.
/// </summary>
public sealed class SaveAnswer(PortalDbContext db, ExamCandidate candidate, ExamClock clock, AttemptAnswerShapes shapes,
    IStringLocalizer<ExamsResource> text)
{
    private const int MaxTries = 5;

    private static readonly CompiledPerModel<Func<PortalDbContext, Guid, Guid, int, CancellationToken, Task<AnswerTarget?>>> ReadTarget =
        new(() => EF.CompileAsyncQuery((PortalDbContext context, Guid attemptId, Guid userId, int no, CancellationToken _) =>
            context.Set<AttemptQuestion>()
                .Where(q => q.AttemptId == attemptId && q.No == no)
                .Join(context.Set<Attempt>().Where(a => a.UserId == userId), q => q.AttemptId, a => a.Id, (q, a) => new AnswerTarget(
                    q.Id, q.Kind, q.OptionsJson, q.BlanksJson, q.AnswerJson, q.AnswerSequence, q.Revision, a.Status, a.Deadline))
                .FirstOrDefault()));

    /// <summary>
    /// Stores an answer in its row if the row is not scored (submitted), holds an older answer and, when a revision is
    /// given, is still at that revision; raises the revision. Compiled: it runs for every answer.
    /// </summary>
    private static readonly CompiledPerModel<Func<PortalDbContext, Guid, int?, long, string, DateTime, CancellationToken, Task<int>>> WriteAnswer =
        new(() => EF.CompileAsyncQuery((PortalDbContext context, Guid rowId, int? revision, long sequence, string json, DateTime now, CancellationToken _) =>
            context.Set<AttemptQuestion>()
                .Where(q => q.Id == rowId && q.Score == null && q.AnswerSequence < sequence && (revision == null || q.Revision == revision))
                .ExecuteUpdate(set => set
                    .SetProperty(q => q.AnswerJson, json)
                    .SetProperty(q => q.AnswerSequence, sequence)
                    .SetProperty(q => q.AnsweredAt, now)
                    .SetProperty(q => q.Revision, q => q.Revision + 1))));

    public async Task<SaveAnswerResultDto> SaveAsync(Guid attemptId, int no, SaveAnswerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var userId = candidate.Id;
        var attempt = await shapes.GetAsync(db, attemptId, userId, cancellationToken);
        var now = clock.Now;
        if (attempt is not null && now < attempt.Deadline && attempt.Questions.TryGetValue(no, out var shape)
            && WellFormed(shape, request.Answer) is { } answer)
        {
            if (await WriteAnswer.For(db)(db, shape.RowId, null, request.Sequence, JsonSerializer.Serialize(answer), now, cancellationToken) == 1)
            {
                return new SaveAnswerResultDto(no, request.Sequence, answer, now, attempt.Deadline);
            }
        }
        // Closed, graded, an old sequence, a malformed answer or no such question: the careful path says which.
        return await SaveCheckedAsync(attemptId, userId, no, request, cancellationToken);
    }

    private async Task<SaveAnswerResultDto> SaveCheckedAsync(Guid attemptId, Guid userId, int no, SaveAnswerRequest request,
        CancellationToken cancellationToken)
    {
        for (var tries = 1; ; tries++)
        {
            var target = await ReadTarget.For(db)(db, attemptId, userId, no, cancellationToken)
                ?? throw await NotFoundAsync(attemptId, userId, no, cancellationToken);
            var now = clock.Now;
            if (!Attempt.AcceptsAnswers(target.Status, target.Deadline, now))
            {
                throw AttemptClosedException.For(target.Status, text);
            }
            if (request.Sequence <= target.AnswerSequence)
            {
                return new SaveAnswerResultDto(no, target.AnswerSequence, AttemptQuestion.ParseAnswer(target.AnswerJson), now, target.Deadline);
            }
            var answer = Validate(target, request.Answer);
            if (await WriteAnswer.For(db)(db, target.QuestionRowId, target.Revision, request.Sequence, JsonSerializer.Serialize(answer), now,
                cancellationToken) == 1)
            {
                return new SaveAnswerResultDto(no, request.Sequence, answer, now, target.Deadline);
            }
            if (tries >= MaxTries)
            {
                throw new DbUpdateConcurrencyException($"Question {no} of attempt {attemptId} kept changing while its answer was saved.");
            }
        }
    }

    private async Task<Exception> NotFoundAsync(Guid attemptId, Guid userId, int no, CancellationToken cancellationToken) =>
        await db.Set<Attempt>().AnyAsync(a => a.Id == attemptId && a.UserId == userId, cancellationToken)
            ? new EntityNotFoundException(typeof(AttemptQuestion), no)
            : new EntityNotFoundException(typeof(Attempt), attemptId);

    private List<string> Validate(AnswerTarget target, IReadOnlyList<string>? answer)
    {
        var shape = AnswerShape.Of(target.QuestionRowId, target.Kind, target.OptionsJson, target.BlanksJson);
        return WellFormed(shape, answer) ?? throw ValidationException.For("answer", text["AnswerInvalid"]);
    }

    /// <summary>The answer as stored (null entries as empty texts), or null when it does not fit the question.</summary>
    private static List<string>? WellFormed(AnswerShape shape, IReadOnlyList<string>? answer)
    {
        var given = (answer ?? []).Select(a => a ?? "").ToList();
        return AnswerGrading.IsWellFormed(shape.Kind, shape.Options, shape.Blanks, given) ? given : null;
    }
}
