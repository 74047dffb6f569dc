using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Attempts;

/// <summary>
/// Saving one answer: the hot path of a sitting (hundreds a second in a city-wide exam). One compiled read of the question
/// row joined to the candidate's own attempt, nothing tracked; then one UPDATE of that row guarded by its
/// <see cref="AttemptQuestion.Revision"/>. A submit that came in between has raised the revision: the update changes no
/// row, the answer is judged again against the re-read attempt and refused as after submission (409), never stored ungraded.
/// </summary>
public sealed class SaveAnswer(PortalDbContext db, ExamCandidate candidate, ExamClock clock, IStringLocalizer<ExamsResource> text)
{
    private const int MaxTries = 5;

    private static readonly CompiledPerModel<Func<PortalDbContext, Guid, Guid, int, CancellationToken, Task<AnswerTarget?>>> ReadTarget =
        new(() => EF.CompileAsyncQuery((PortalDbContext context, Guid attemptId, Guid userId, int no, CancellationToken _) =>
            context.Set<AttemptQuestion>()
                .Where(q => q.AttemptId == attemptId && q.No == no)
                .Join(context.Set<Attempt>().Where(a => a.UserId == userId), q => q.AttemptId, a => a.Id, (q, a) => new AnswerTarget(
                    q.Id, q.Kind, q.OptionsJson, q.BlanksJson, q.AnswerJson, q.AnswerSequence, q.Revision, a.Status, a.Deadline))
                .FirstOrDefault()));

    public async Task<SaveAnswerResultDto> SaveAsync(Guid attemptId, int no, SaveAnswerRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var userId = candidate.Id;
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
            var json = JsonSerializer.Serialize(answer);
            var saved = await db.Set<AttemptQuestion>()
                .Where(q => q.Id == target.QuestionRowId && q.Revision == target.Revision)
                .ExecuteUpdateAsync(set => set
                    .SetProperty(q => q.AnswerJson, json)
                    .SetProperty(q => q.AnswerSequence, request.Sequence)
                    .SetProperty(q => q.AnsweredAt, now)
                    .SetProperty(q => q.Revision, q => q.Revision + 1), cancellationToken);
            if (saved == 1)
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
        var given = (answer ?? []).Select(a => a ?? "").ToList();
        var options = target.Kind == QuestionKind.FillInBlank ? 0 : ArrayLength(target.OptionsJson);
        var blanks = target.Kind == QuestionKind.FillInBlank ? ArrayLength(target.BlanksJson) : 0;
        return AnswerGrading.IsWellFormed(target.Kind, options, blanks, given) ? given : throw ValidationException.For("answer", text["AnswerInvalid"]);
    }

    private static int ArrayLength(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetArrayLength();
    }
}
