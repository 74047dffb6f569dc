using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Settings;

namespace SafetyPortal.Exams.Practice;

/// <summary>
/// Grades one practice answer on the server and answers at once with the correct answer and the explanation. A wrong
/// answer lands in the mistake book; a right one counts towards mastering the question if it is there. Nothing else
/// is stored but the user's practice counts. Questions the user cannot see (another town's) are 404. The user's exam
/// mistakes not recorded yet are recorded first, so an answer counts after the exam it follows.
/// </summary>
public sealed class PracticeAnswers(PortalDbContext db, QuestionScope scope, ExamCandidate candidate, ExamClock clock, PracticeTallies tallies,
    ISettingProvider settings, IStringLocalizer<ExamsResource> text, ExamMistakes examMistakes)
{
    public async Task<PracticeResultDto> AnswerAsync(Guid questionId, PracticeAnswerRequest request, CancellationToken cancellationToken)
    {
        var question = await scope.Questions().AsNoTracking().Include(q => q.Options).Include(q => q.Blanks).AsSplitQuery()
            .FirstOrDefaultAsync(q => q.Id == questionId, cancellationToken) ?? throw new EntityNotFoundException(typeof(Question), questionId);
        var answer = request?.Answer?.Select(a => a ?? "").ToList();
        if (answer is null || !PracticeGrading.IsWellFormed(question, answer))
        {
            throw ValidationException.For("answer", text["AnswerInvalid"]);
        }
        var snapshot = PracticeGrading.Snapshot(question, answer);
        var right = PracticeGrading.IsRight(snapshot);
        var userId = candidate.Id;
        await examMistakes.CatchUpAsync(userId, cancellationToken);
        var now = clock.Now;
        var entry = await db.Set<MistakeBookEntry>().FirstOrDefaultAsync(m => m.UserId == userId && m.QuestionId == questionId, cancellationToken);
        if (!right)
        {
            entry ??= db.Set<MistakeBookEntry>().Add(new MistakeBookEntry { UserId = userId, QuestionId = questionId, LastWrongAt = now }).Entity;
            entry.RecordPracticeMistake(now);
        }
        else if (entry is not null)
        {
            entry.RecordRight(await MasteryRunAsync(cancellationToken), now);
        }
        if (entry is not null)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        await tallies.CountAsync(userId, right, now, cancellationToken);
        var shown = entry?.IsVisibleAt(now) == true;
        return new PracticeResultDto(questionId, right, answer, AttemptView.CorrectAnswer(snapshot), question.Explanation, shown,
            entry?.WrongCount ?? 0, entry?.CorrectRun ?? 0, entry?.IsMastered ?? false);
    }

    private Task<int> MasteryRunAsync(CancellationToken cancellationToken) =>
        settings.GetWholeNumberAsync(PracticeSettings.MasteryRun, PracticeSettings.DefaultMasteryRun, cancellationToken: cancellationToken);
}
