using Microsoft.EntityFrameworkCore;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Exams.Application;

/// <summary>The bank's list with its filters, one question with its answers, and the groups of duplicate stems.</summary>
public sealed class ReadQuestions(QuestionScope scope, ManageCategories categories)
{
    private const int ExcerptLength = 120;

    public async Task<PagedResult<QuestionRowDto>> ListAsync(PageRequest page, QuestionFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(filter);
        var tree = await categories.ReadTreeAsync(cancellationToken);
        var query = Filter(scope.Questions().AsNoTracking(), page.SearchText, filter, tree);
        var total = await query.CountAsync(cancellationToken);
        var items = await RowsAsync(query.OrderBy(q => q.CategoryId).ThenBy(q => q.Name).ThenBy(q => q.Id).Skip(page.Skip).Take(page.SafePageSize),
            tree, cancellationToken);
        return new PagedResult<QuestionRowDto>(items, total, page.SafePage, page.SafePageSize);
    }

    /// <summary>The rows of these questions (live or retired) that the reader's bank holds, by id (a paper's chosen questions).</summary>
    public async Task<IReadOnlyDictionary<Guid, QuestionRowDto>> RowsOfAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<Guid, QuestionRowDto>();
        }
        var wanted = ids.Distinct().ToList();
        var rows = await RowsAsync(scope.Questions().AsNoTracking().Where(q => wanted.Contains(q.Id)), await categories.ReadTreeAsync(cancellationToken),
            cancellationToken);
        return rows.ToDictionary(r => r.Id);
    }

    private async Task<List<QuestionRowDto>> RowsAsync(IQueryable<Question> query, CategoryTree tree, CancellationToken cancellationToken)
    {
        var rows = await query
            .Select(q => new { q.Id, q.CategoryId, q.Kind, q.Name, q.Stem, q.Difficulty, q.DefaultPoints, q.Version, q.IsRetired, q.TenantId })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var tags = (await scope.Questions().Where(q => ids.Contains(q.Id)).SelectMany(q => q.Tags).AsNoTracking().ToListAsync(cancellationToken))
            .ToLookup(t => t.QuestionId);
        return [.. rows.Select(r => new QuestionRowDto(r.Id, r.CategoryId, tree.Find(r.CategoryId)?.Name ?? "", r.Kind, r.Name,
            HtmlText.Excerpt(r.Stem, ExcerptLength), r.Difficulty, r.DefaultPoints, r.Version, r.IsRetired, r.TenantId is null,
            scope.CanEdit(r.TenantId), TagCodes.ToDto(tags[r.Id])))];
    }

    public async Task<QuestionDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var question = await scope.FindQuestionAsync(id, cancellationToken);
        return ToDto(question, await DuplicatesOfAsync(question, cancellationToken));
    }

    /// <summary>Live questions sharing a normalised stem, by group; the caller's own and the bureau's.</summary>
    public async Task<PagedResult<DuplicateGroupDto>> DuplicateGroupsAsync(PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var live = scope.Questions().Where(q => !q.IsRetired);
        var hashes = live.GroupBy(q => q.NormalisedStemHash).Where(g => g.Count() > 1).Select(g => g.Key);
        var total = await hashes.CountAsync(cancellationToken);
        var pageHashes = await hashes.OrderBy(h => h).Skip(page.Skip).Take(page.SafePageSize).ToListAsync(cancellationToken);
        var members = await live.Where(q => pageHashes.Contains(q.NormalisedStemHash))
            .Select(q => new { q.NormalisedStemHash, Row = new DuplicateDto(q.Id, q.Name, q.CategoryId, q.TenantId == null) })
            .ToListAsync(cancellationToken);
        var groups = members.GroupBy(m => m.NormalisedStemHash).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DuplicateGroupDto(g.Key, [.. g.Select(m => m.Row).OrderBy(r => r.Name, StringComparer.Ordinal)])).ToList();
        return new PagedResult<DuplicateGroupDto>(groups, total, page.SafePage, page.SafePageSize);
    }

    /// <summary>Other live questions with the same stem.</summary>
    public async Task<IReadOnlyList<DuplicateDto>> DuplicatesOfAsync(Question question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        return await scope.Questions().AsNoTracking()
            .Where(q => q.NormalisedStemHash == question.NormalisedStemHash && q.Id != question.Id && !q.IsRetired)
            .OrderBy(q => q.Name).Take(20)
            .Select(q => new DuplicateDto(q.Id, q.Name, q.CategoryId, q.TenantId == null)).ToListAsync(cancellationToken);
    }

    public QuestionDto ToDto(Question q, IReadOnlyList<DuplicateDto> duplicates)
    {
        ArgumentNullException.ThrowIfNull(q);
        return new QuestionDto(q.Id, q.CategoryId, q.Kind, q.Name, q.Stem, q.Explanation, q.Difficulty, q.DefaultPoints, q.KeySites,
            [.. q.Options.OrderBy(o => o.SortOrder).Select(o => new QuestionOptionDto(o.Id, o.Text, o.IsCorrect, o.Fraction, o.Feedback, o.SortOrder))],
            [.. q.Blanks.OrderBy(b => b.Index).Select(b => new QuestionBlankDto(b.Index, b.AcceptedAnswers, b.CaseSensitive))],
            TagCodes.ToDto(q.Tags), q.Version, q.IsRetired, q.TenantId is null, scope.CanEdit(q.TenantId), q.LastModificationTime,
            q.ConcurrencyStamp, duplicates);
    }

    internal static IQueryable<Question> Filter(IQueryable<Question> query, string? search, QuestionFilter filter, CategoryTree tree)
    {
        query = filter.Retired == true ? query.Where(q => q.IsRetired) : query.Where(q => !q.IsRetired);
        if (filter.CategoryId is { } categoryId)
        {
            if (filter.Subcategories == false)
            {
                query = query.Where(q => q.CategoryId == categoryId);
            }
            else
            {
                var ids = tree.Subtree(categoryId).ToList();
                query = query.Where(q => ids.Contains(q.CategoryId));
            }
        }
        if (filter.Kind is { } kind)
        {
            query = query.Where(q => q.Kind == kind);
        }
        if (filter.Difficulty is { } difficulty)
        {
            query = query.Where(q => q.Difficulty == difficulty);
        }
        if (filter.KeySite is { } site and not Platform.Enterprises.KeySites.None)
        {
            query = query.Where(q => (q.KeySites & site) != 0);
        }
        query = WithTag(query, QuestionTagKind.RiskCategory, filter.RiskCategory);
        query = WithTag(query, QuestionTagKind.Industry, filter.Industry);
        query = WithTag(query, QuestionTagKind.Position, filter.Position);
        if (search is not null)
        {
            query = query.Where(q => q.Name.Contains(search) || q.Stem.Contains(search));
        }
        return query;
    }

    private static IQueryable<Question> WithTag(IQueryable<Question> query, QuestionTagKind kind, string? code)
    {
        var trimmed = code?.Trim();
        return string.IsNullOrEmpty(trimmed) ? query : query.Where(q => q.Tags.Any(t => t.Kind == kind && t.Code == trimmed));
    }
}
