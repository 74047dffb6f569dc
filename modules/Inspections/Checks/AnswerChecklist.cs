using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Inspections.Checks;

/// <summary>
/// Saves answers to a checklist as the inspector goes (a phone sends them one by one, or a queued batch when the signal
/// returns). A batch is checked whole first: one bad answer refuses it all, naming answers[i] and the field.
/// </summary>
public sealed class AnswerChecklist(PortalDbContext db, InspectionWork work, IStringLocalizer<InspectionsResource> text, TimeProvider clock)
{
    public const int MaxAnswers = 500;

    public async Task<InspectionTaskProgressDto> AnswerAsync(Guid taskId, ChecklistAnswersRequest request, CancellationToken cancellationToken)
    {
        var task = await work.LoadAsync(taskId, cancellationToken);
        var answers = request.Answers ?? [];
        if (answers.Count is 0 or > MaxAnswers)
        {
            throw ValidationException.For("answers", text["Check.AnswerCount", MaxAnswers]);
        }
        var ids = answers.Select(a => a.ItemId).OfType<Guid>().ToList();
        var items = await db.Set<ChecklistItem>().Where(i => i.TaskId == taskId && ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        var errors = new ValidationErrors();
        for (var i = 0; i < answers.Count; i++)
        {
            Check(answers[i], $"answers[{i}]", items, errors);
        }
        errors.ThrowIfAny();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var answer in answers)
        {
            var item = items[answer.ItemId!.Value];
            var note = string.IsNullOrWhiteSpace(answer.Note) ? null : answer.Note.Trim();
            if (item.Answer != answer.Answer || item.Note != note)
            {
                item.Answer = answer.Answer!.Value;
                item.Note = note;
                item.AnsweredTime = item.Answer == ChecklistAnswer.Pending ? null : TimeOf(answer, task, now);
            }
        }
        // The counts of the other items, read before this save, plus these: one save for the items and the task.
        var others = await db.Set<ChecklistItem>().Where(i => i.TaskId == taskId && !ids.Contains(i.Id))
            .GroupBy(_ => 1).Select(g => new
            {
                Answered = g.Count(i => i.Answer != ChecklistAnswer.Pending),
                Failed = g.Count(i => i.Answer == ChecklistAnswer.Failed),
            }).ToListAsync(cancellationToken);
        task.AnsweredCount = others.Sum(o => o.Answered) + items.Values.Count(i => i.Answer != ChecklistAnswer.Pending);
        task.FailedCount = others.Sum(o => o.Failed) + items.Values.Count(i => i.Answer == ChecklistAnswer.Failed);
        task.Status = InspectionTaskStatus.InProgress;
        var first = items.Values.Select(i => i.AnsweredTime).Append(task.StartedTime).Min();
        task.StartedTime = first ?? task.StartedTime;
        // The task's concurrency stamp changes with this save: a submission that raced these answers fails instead of missing them.
        await db.SaveChangesAsync(cancellationToken);
        return new InspectionTaskProgressDto(task.Id, task.Status.ToString(), task.ItemCount, task.AnsweredCount, task.FailedCount);
    }

    /// <summary>The phone's time when it is plausible (after the task opened, not ahead of now), else now.</summary>
    private static DateTime TimeOf(ChecklistAnswerRequest answer, InspectionTask task, DateTime now) =>
        answer.AnsweredTime is { } told && told.ToUniversalTime() is var utc && utc >= task.CreationTime && utc <= now ? utc : now;

    private void Check(ChecklistAnswerRequest answer, string at, Dictionary<Guid, ChecklistItem> items, ValidationErrors errors)
    {
        if (answer.ItemId is not { } itemId || !items.ContainsKey(itemId))
        {
            errors.Add(at + ".itemId", text["Check.ItemUnknown"]);
        }
        if (answer.Answer is not { } value || !Enum.IsDefined(value))
        {
            errors.Add(at + ".answer", text["Check.AnswerInvalid"]);
        }
        if (answer.Note is { Length: > ChecklistItem.MaxNoteLength })
        {
            errors.Add(at + ".note", text["Check.NoteTooLong", ChecklistItem.MaxNoteLength]);
        }
    }
}
