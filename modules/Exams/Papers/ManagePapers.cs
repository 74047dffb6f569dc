using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Papers;

/// <summary>试卷管理: list, read, create and edit papers; every save checks the bank can satisfy each rule.</summary>
public sealed class ManagePapers(PortalDbContext db, QuestionScope scope, PaperPools pools, IStringLocalizer<ExamsResource> text)
{
    /// <summary>The bureau's papers and, in a town, the town's own (another town's stay out: 404).</summary>
    public IQueryable<Paper> Papers() => scope.BureauOrMine<Paper>();

    public async Task<PagedResult<PaperDto>> ListAsync(PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var query = Papers().AsNoTracking();
        if (page.SearchText is { } search)
        {
            query = query.Where(p => p.Title.Contains(search));
        }
        var result = await query.OrderByDescending(p => p.CreationTime).Include(p => p.Questions).Include(p => p.Rules).AsSplitQuery()
            .ToPagedResultAsync(page, cancellationToken);
        return new PagedResult<PaperDto>(result.Items.Select(p => PaperDto.From(p, scope.TenantId)).ToList(), result.TotalCount, result.Page, result.PageSize);
    }

    public async Task<Paper> FindAsync(Guid id, CancellationToken cancellationToken, bool tracking = false)
    {
        var query = Papers().Include(p => p.Questions).Include(p => p.Rules).AsSplitQuery();
        return await (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(Paper), id);
    }

    public async Task<PaperDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        PaperDto.From(await FindAsync(id, cancellationToken), scope.TenantId);

    public async Task<PaperDto> CreateAsync(SavePaperRequest request, CancellationToken cancellationToken)
    {
        var paper = new Paper { TenantId = scope.TenantId };
        await ApplyAsync(paper, request, cancellationToken);
        db.Add(paper);
        await db.SaveChangesAsync(cancellationToken);
        return PaperDto.From(paper, scope.TenantId);
    }

    public async Task<PaperDto> UpdateAsync(Guid id, SavePaperRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var paper = await FindAsync(id, cancellationToken, tracking: true);
        if (!scope.CanEdit(paper.TenantId))
        {
            throw new ForbiddenException(text["NotYours"]);
        }
        db.Entry(paper).Property(p => p.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp ?? "";
        db.RemoveRange(paper.Questions);
        db.RemoveRange(paper.Rules);
        paper.Questions.Clear();
        paper.Rules.Clear();
        await ApplyAsync(paper, request, cancellationToken);
        paper.LastModificationTime = DateTime.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
        return PaperDto.From(paper, scope.TenantId);
    }

    /// <summary>The check run before an exam opens: a 400 naming <c>rules[i]</c> for each rule the bank cannot satisfy.</summary>
    public async Task EnsureSatisfiableAsync(Paper paper, string fieldPrefix, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        await AddShortfallsAsync(paper, fieldPrefix, errors, cancellationToken);
        errors.ThrowIfAny();
    }

    private async Task ApplyAsync(Paper paper, SavePaperRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new ValidationErrors();
        paper.Title = request.Title?.Trim() ?? "";
        if (paper.Title.Length == 0 || paper.Title.Length > Paper.MaxTitleLength)
        {
            errors.Add(nameof(SavePaperRequest.Title), text["FieldRequired"]);
        }
        paper.Kind = request.Kind ?? PaperKind.Fixed;
        if (paper.Kind == PaperKind.Fixed)
        {
            await AddQuestionsAsync(paper, request.Questions ?? [], errors, cancellationToken);
        }
        else
        {
            AddRules(paper, request.Rules ?? [], errors);
            if (errors.IsEmpty)
            {
                await AddShortfallsAsync(paper, "", errors, cancellationToken);
            }
        }
        errors.ThrowIfAny();
    }

    private async Task AddQuestionsAsync(Paper paper, IReadOnlyList<PaperQuestionRequest> items, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (items.Count == 0 || items.Count > Paper.MaxItems)
        {
            errors.Add(nameof(SavePaperRequest.Questions), text["PaperNeedsQuestions", Paper.MaxItems]);
            return;
        }
        var ids = items.Select(i => i.QuestionId).ToList();
        var found = await scope.Questions().Where(q => ids.Contains(q.Id) && !q.IsRetired)
            .Select(q => new { q.Id, q.DefaultPoints }).ToDictionaryAsync(q => q.Id, q => q.DefaultPoints, cancellationToken);
        var seen = new HashSet<Guid>();
        for (var i = 0; i < items.Count; i++)
        {
            var field = $"questions[{i}]";
            if (!found.TryGetValue(items[i].QuestionId, out var defaultPoints))
            {
                errors.Add(field, text["PaperQuestionUnknown"]);
            }
            else if (!seen.Add(items[i].QuestionId))
            {
                errors.Add(field, text["PaperQuestionTwice"]);
            }
            else if (items[i].Points is <= 0 or > 1000)
            {
                errors.Add(field + ".points", text["PaperPointsRange"]);
            }
            else
            {
                paper.Questions.Add(new PaperQuestion
                {
                    TenantId = paper.TenantId, PaperId = paper.Id, QuestionId = items[i].QuestionId,
                    Points = items[i].Points ?? defaultPoints, SortOrder = i,
                });
            }
        }
    }

    private void AddRules(Paper paper, IReadOnlyList<PaperRuleRequest> rules, ValidationErrors errors)
    {
        if (rules.Count == 0 || rules.Count > Paper.MaxItems)
        {
            errors.Add(nameof(SavePaperRequest.Rules), text["PaperNeedsRules", Paper.MaxItems]);
            return;
        }
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var field = $"rules[{i}]";
            if (rule.Count is < 1 or > PaperRule.MaxCount)
            {
                errors.Add(field + ".count", text["PaperRuleCountRange", PaperRule.MaxCount]);
            }
            if (rule.Points is <= 0 or > 1000)
            {
                errors.Add(field + ".points", text["PaperPointsRange"]);
            }
            if (rule.Difficulty is < Question.MinDifficulty or > Question.MaxDifficulty)
            {
                errors.Add(field + ".difficulty", text["PaperRuleDifficulty"]);
            }
            paper.Rules.Add(rule.ToRule(paper.TenantId, paper.Id, i));
        }
    }

    private async Task AddShortfallsAsync(Paper paper, string fieldPrefix, ValidationErrors errors, CancellationToken cancellationToken)
    {
        foreach (var shortfall in await pools.ShortfallsAsync(paper, cancellationToken))
        {
            errors.Add($"{fieldPrefix}rules[{shortfall.RuleIndex}]", text["PaperRuleShort", shortfall.Needed, shortfall.Available]);
        }
    }
}
