using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Workflows.Application;

/// <summary>Validate, save drafts, publish, list versions and read XML of process definitions.</summary>
public sealed class ManageDefinitions(
    PortalDbContext db,
    ICurrentTenant tenant,
    VisibleDefinitions visible,
    DefinitionValidation validation,
    WorkflowUser user,
    DefinitionPublishing publishing)
{
    public ValidationResultDto Validate(string? xml)
    {
        var (_, errors) = validation.Check(xml);
        return new ValidationResultDto(errors.Count == 0, errors.Select(e => new ModelErrorDto(e.ElementId, e.Message)).ToList());
    }

    public async Task<PagedResult<DefinitionSummaryDto>> ListAsync(PageRequest page, DefinitionFilter filter, CancellationToken cancellationToken)
    {
        var query = visible.Query();
        if (!string.IsNullOrWhiteSpace(filter.Key))
        {
            query = query.Where(d => d.Key == filter.Key);
        }
        if (Enum.TryParse<DefinitionStatus>(filter.Status, ignoreCase: true, out var status))
        {
            query = query.Where(d => d.Status == status);
        }
        if (page.SearchText is { } search)
        {
            query = query.Where(d => d.Key.Contains(search) || d.Name.Contains(search));
        }
        if (filter.LatestOnly)
        {
            var all = visible.Query();
            query = query.Where(d => !all.Any(o => o.Key == d.Key && o.TenantId == d.TenantId && o.Version > d.Version));
        }
        var result = await query.OrderBy(d => d.Key).ThenBy(d => d.TenantId != null).ThenByDescending(d => d.Version)
            .ToPagedResultAsync(page, cancellationToken);
        return new PagedResult<DefinitionSummaryDto>(result.Items.Select(d => d.ToSummary()).ToList(), result.TotalCount, result.Page, result.PageSize);
    }

    public async Task<IReadOnlyList<DefinitionSummaryDto>> VersionsAsync(string key, CancellationToken cancellationToken) =>
        (await visible.Query().Where(d => d.Key == key).OrderBy(d => d.TenantId != null).ThenByDescending(d => d.Version)
            .ToListAsync(cancellationToken)).Select(d => d.ToSummary()).ToList();

    public async Task<DefinitionDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var definition = await visible.GetAsync(id, cancellationToken);
        return definition.ToDto(validation.Check(definition.Xml).Errors);
    }

    public async Task<string> GetXmlAsync(Guid id, CancellationToken cancellationToken) =>
        (await visible.GetAsync(id, cancellationToken)).Xml;

    /// <summary>Creates or replaces the current town's draft of the process in the XML; an invalid model may be saved as a draft.</summary>
    public async Task<DefinitionDto> SaveDraftAsync(SaveDraftRequest request, CancellationToken cancellationToken)
    {
        var (parsed, errors) = validation.Check(request.Xml);
        if (parsed.Model is not { } model)
        {
            var invalid = new ValidationErrors();
            foreach (var error in errors)
            {
                invalid.Add(DefinitionValidation.XmlField, $"{error.ElementId}: {error.Message}");
            }
            throw new ValidationException(invalid);
        }
        var draft = await db.Set<WorkflowDefinition>()
            .FirstOrDefaultAsync(d => d.Key == model.Key && d.Status == DefinitionStatus.Draft && d.TenantId == tenant.Id, cancellationToken);
        if (draft is null)
        {
            draft = new WorkflowDefinition { TenantId = tenant.Id, Key = model.Key, Status = DefinitionStatus.Draft };
            db.Add(draft);
        }
        else
        {
            db.Entry(draft).Property(d => d.ConcurrencyStamp).OriginalValue = request.ConcurrencyStamp ?? "";
        }
        draft.Name = Truncate(model.Label, WorkflowDefinition.MaxNameLength);
        draft.Xml = request.Xml!;
        draft.ContentHash = HashOf(request.Xml!);
        draft.IsValid = errors.Count == 0;
        await db.SaveChangesAsync(cancellationToken);
        return draft.ToDto(errors);
    }

    /// <summary>Numbers the draft as the next version of its key in its town; refuses an invalid model with its errors.</summary>
    public async Task<DefinitionDto> PublishAsync(Guid id, PublishRequest request, CancellationToken cancellationToken)
    {
        var draft = await visible.GetAsync(id, cancellationToken);
        if (draft.TenantId != tenant.Id)
        {
            throw new ForbiddenException("Bureau definitions are published by the bureau; save a draft of your own to override one.");
        }
        if (draft.Status != DefinitionStatus.Draft)
        {
            var published = new ValidationErrors();
            published.Add("id", $"Version {draft.Version} of '{draft.Key}' is already published.");
            throw new ValidationException(published);
        }
        if (request.ConcurrencyStamp is { } stamp)
        {
            db.Entry(draft).Property(d => d.ConcurrencyStamp).OriginalValue = stamp;
        }
        var (_, errors) = validation.Check(draft.Xml);
        if (errors.Count > 0)
        {
            var invalid = new ValidationErrors();
            foreach (var error in errors)
            {
                invalid.Add(error.ElementId, error.Message);
            }
            throw new ValidationException(invalid);
        }
        await publishing.PublishAsync(draft, user.Name, cancellationToken);
        return draft.ToDto([]);
    }

    internal static string HashOf(string xml) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(xml)));

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
