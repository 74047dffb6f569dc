using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Papers;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Papers;

/// <summary>
/// Create or edit a paper without script: questions are searched in the bank and added or removed, rules added or removed
/// and checked against the bank, each by a post of the whole form; saving shows the use case's errors beside the fields.
/// </summary>
[Authorize(Policy = ExamsPermissions.Exams.Manage)]
public sealed class EditModel(ManagePapers papers, ReadQuestions questions, ManageCategories categories, CheckPaperRules check) : PageModel
{
    public const int SearchPageSize = 20;

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public PaperForm Form { get; set; } = new();

    [BindProperty]
    public string? QuestionSearch { get; set; }

    [BindProperty]
    public Guid? SearchCategoryId { get; set; }

    public bool CanEdit { get; private set; } = true;
    public IReadOnlyList<CategoryDto> Categories { get; private set; } = [];
    public IReadOnlyDictionary<Guid, QuestionRowDto> Chosen { get; private set; } = new Dictionary<Guid, QuestionRowDto>();
    public PagedResult<QuestionRowDto>? Found { get; private set; }
    public IReadOnlyList<RuleCheckDto>? Checks { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            var paper = await papers.GetAsync(id, cancellationToken);
            Form = PaperForm.From(paper);
            CanEdit = paper.CanEdit;
            if (paper.Kind == PaperKind.Rules)
            {
                Checks = await check.CheckAsync(Form.RuleRequests(), cancellationToken);
            }
        }
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var request = Form.ToRequest();
            _ = Id is { } id ? await papers.UpdateAsync(id, request, cancellationToken) : await papers.CreateAsync(request, cancellationToken);
            return RedirectToPage("Index");
        }
        catch (ValidationException invalid)
        {
            ModelState.AddValidationErrors(invalid, nameof(Form));
            if (Form.Kind == PaperKind.Rules)
            {
                Checks = await check.CheckAsync(Form.RuleRequests(), cancellationToken);
            }
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    public Task<IActionResult> OnPostSearchAsync(CancellationToken cancellationToken) => RedisplayAsync(cancellationToken);

    public Task<IActionResult> OnPostKindAsync(CancellationToken cancellationToken) => RedisplayAsync(cancellationToken);

    public Task<IActionResult> OnPostAddAsync(Guid questionId, CancellationToken cancellationToken)
    {
        if (Form.Questions.TrueForAll(q => q.QuestionId != questionId))
        {
            Form.Questions.Add(new PaperQuestionField { QuestionId = questionId });
        }
        return RedisplayAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostRemoveAsync(int index, CancellationToken cancellationToken)
    {
        if (index >= 0 && index < Form.Questions.Count)
        {
            Form.Questions.RemoveAt(index);
        }
        return RedisplayAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostAddRuleAsync(CancellationToken cancellationToken)
    {
        Form.Rules.Add(new PaperRuleField());
        return RedisplayAsync(cancellationToken);
    }

    public Task<IActionResult> OnPostRemoveRuleAsync(int index, CancellationToken cancellationToken)
    {
        if (index >= 0 && index < Form.Rules.Count)
        {
            Form.Rules.RemoveAt(index);
        }
        return RedisplayAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken cancellationToken)
    {
        Checks = await check.CheckAsync(Form.RuleRequests(), cancellationToken);
        return await RedisplayAsync(cancellationToken);
    }

    /// <summary>The messages of a field of the form ("rules[0]", "questions[2].points"), whatever case the use case named it in.</summary>
    public IEnumerable<string> ErrorsFor(string field) => ModelState
        .Where(e => e.Key.Equals($"{nameof(Form)}.{field}", StringComparison.OrdinalIgnoreCase)
            || e.Key.StartsWith($"{nameof(Form)}.{field}.", StringComparison.OrdinalIgnoreCase))
        .SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage);

    /// <summary>After an edit of the form's lists: the posted values must not override the changed model (indexes moved).</summary>
    private async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Categories = await categories.ListAsync(cancellationToken);
        Chosen = await questions.RowsOfAsync([.. Form.Questions.Select(q => q.QuestionId)], cancellationToken);
        if (!string.IsNullOrWhiteSpace(QuestionSearch) || SearchCategoryId is not null)
        {
            Found = await questions.ListAsync(new PageRequest(1, SearchPageSize, QuestionSearch), new QuestionFilter(SearchCategoryId), cancellationToken);
        }
    }
}
