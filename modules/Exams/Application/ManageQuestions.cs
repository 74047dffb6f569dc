using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Application;

/// <summary>Writing questions: create, edit (a new version), retire and restore, bulk tagging. Only the owner writes.</summary>
public sealed class ManageQuestions(PortalDbContext db, QuestionScope scope, QuestionEditor editor, ReadQuestions read,
    IStringLocalizer<ExamsResource> text)
{
    public const int MaxBulk = 1000;

    public async Task<QuestionDto> CreateAsync(SaveQuestionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        var question = new Question { TenantId = scope.TenantId };
        await CheckCategoryAsync(question, request.CategoryId, errors, cancellationToken);
        editor.Apply(question, request, errors);
        errors.ThrowIfAny();
        db.Add(question);
        await db.SaveChangesAsync(cancellationToken);
        return read.ToDto(question, await read.DuplicatesOfAsync(question, cancellationToken));
    }

    public async Task<QuestionDto> UpdateAsync(Guid id, SaveQuestionRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var question = await scope.FindEditableQuestionAsync(id, cancellationToken);
        db.Entry(question).Property(q => q.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp ?? "";
        var errors = new ValidationErrors();
        await CheckCategoryAsync(question, request.CategoryId, errors, cancellationToken);
        editor.Apply(question, request, errors);
        errors.ThrowIfAny();
        question.MarkEdited();
        await db.SaveChangesAsync(cancellationToken);
        return read.ToDto(question, await read.DuplicatesOfAsync(question, cancellationToken));
    }

    /// <summary>Retires (or restores) a question: never deleted, attempts and papers may still refer to it.</summary>
    public async Task<QuestionDto> RetireAsync(Guid id, bool retired, CancellationToken cancellationToken)
    {
        var question = await scope.FindEditableQuestionAsync(id, cancellationToken);
        question.IsRetired = retired;
        await db.SaveChangesAsync(cancellationToken);
        return read.ToDto(question, await read.DuplicatesOfAsync(question, cancellationToken));
    }

    /// <summary>Adds and removes tags on the caller's own questions; any id not visible is a 404, not one's own a 403.</summary>
    public async Task<BulkTagResultDto> TagAsync(BulkTagRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        var ids = (request.QuestionIds ?? []).Distinct().ToList();
        if (ids.Count == 0)
        {
            errors.Add(nameof(BulkTagRequest.QuestionIds), text["FieldRequired"]);
        }
        else if (ids.Count > MaxBulk)
        {
            errors.Add(nameof(BulkTagRequest.QuestionIds), text["TooManyQuestions", MaxBulk]);
        }
        var add = TagCodes.Read(request.Add, "Add.", errors, text);
        var remove = TagCodes.Read(request.Remove, "Remove.", errors, text);
        if (add.Count + remove.Count == 0)
        {
            errors.Add(nameof(BulkTagRequest.Add), text["NoTagsGiven"]);
        }
        errors.ThrowIfAny();
        var questions = await scope.Questions().Include(q => q.Tags).Where(q => ids.Contains(q.Id)).ToListAsync(cancellationToken);
        if (ids.Find(i => !questions.Exists(q => q.Id == i)) is var missing && missing != Guid.Empty)
        {
            throw new EntityNotFoundException(typeof(Question), missing);
        }
        if (questions.Exists(q => !scope.CanEdit(q.TenantId)))
        {
            throw new ForbiddenException(text["NotYours"]);
        }
        var updated = 0;
        foreach (var question in questions)
        {
            var changed = remove.Aggregate(false, (c, t) => question.RemoveTag(t.Kind, t.Code) | c);
            changed = add.Aggregate(changed, (c, t) => question.AddTag(t.Kind, t.Code) | c);
            updated += changed ? 1 : 0;
        }
        await db.SaveChangesAsync(cancellationToken);
        return new BulkTagResultDto(updated);
    }

    private async Task CheckCategoryAsync(Question question, Guid? categoryId, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (categoryId is not { } id)
        {
            errors.Add(nameof(SaveQuestionRequest.CategoryId), text["FieldRequired"]);
            return;
        }
        // A town's question may sit in a bureau category; a bureau question only in a bureau category.
        if (!await scope.Categories().AnyAsync(c => c.Id == id && (c.TenantId == null || c.TenantId == question.TenantId), cancellationToken))
        {
            errors.Add(nameof(SaveQuestionRequest.CategoryId), text["CategoryUnknown"]);
            return;
        }
        question.CategoryId = id;
    }
}
