using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Practice;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Practice;

/// <summary>
/// 练习: choose what to practise (a category, one's enterprise's risk categories, an article's risk categories, or one's
/// mistakes), then practice.js
/// draws the questions from the API and shows one at a time with instant feedback and the explanation.
/// </summary>
[Authorize(Policy = ExamsPermissions.Exams.Default)]
public sealed class IndexModel(ManageCategories categories, IStringLocalizer<ExamsResource> text) : PageModel
{
    private static readonly string[] ScriptTexts =
    [
        "Practice.Check", "Practice.Next", "Practice.Finish", "Practice.Right", "Practice.Wrong", "Practice.CorrectAnswerIs", "Practice.Explanation",
        "Practice.Progress", "Practice.Summary", "Practice.NothingToPractise", "Practice.Again", "Practice.Failed", "Practice.Mastered",
        "Practice.InBook", "Attempt.BlankNo", "Menu:Mistakes",
    ];

    [BindProperty(SupportsGet = true)]
    public Guid? CategoryId { get; set; }

    /// <summary>category, risks, mistakes, or codes (the risk categories in <see cref="RiskCategories"/>).</summary>
    [BindProperty(SupportsGet = true)]
    public string Source { get; set; } = "category";

    [BindProperty(SupportsGet = true)]
    public QuestionKind? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Count { get; set; } = PracticeSettings.DefaultCount;

    /// <summary>Risk category codes, comma-separated: an article's quiz (以案示警 → 测一测) practises these.</summary>
    [BindProperty(SupportsGet = true)]
    public string? RiskCategories { get; set; }

    /// <summary>Start at once (the mistake book's "practise my mistakes", an article's quiz).</summary>
    [BindProperty(SupportsGet = true)]
    public bool Start { get; set; }

    public IReadOnlyList<CategoryDto> Categories { get; private set; } = [];

    public string Texts => JsonSerializer.Serialize(ScriptTexts.ToDictionary(k => k, k => text[k].Value));

    public async Task OnGetAsync(CancellationToken cancellationToken) => Categories = await categories.ListAsync(cancellationToken);
}
