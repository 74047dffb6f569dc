using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Seeding;
using SafetyPortal.Workflows.Application;
using SafetyPortal.Workflows.Domain;
using SafetyPortal.Workflows.Engine.Parsing;

namespace SafetyPortal.Workflows.Seeding;

/// <summary>
/// Publishes the built-in processes (the repository's workflows/*.bpmn, embedded in this assembly) as bureau
/// definitions. A file whose content equals the newest built-in version is left alone; a changed file becomes the
/// next version, so running instances stay on theirs.
/// </summary>
internal sealed class BuiltInProcessSeeder(PortalDbContext db, ICurrentTenant tenant, DefinitionPublishing publishing) : IDataSeedContributor
{
    public const string ResourcePrefix = "SafetyPortal.Workflows.BuiltIn.";
    public const string Source = "builtin";

    public int Order => 50;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        using var bureau = tenant.Change(null);
        foreach (var (name, xml) in BuiltInProcesses.Read())
        {
            var parsed = BpmnParser.Parse(xml);
            if (parsed.Model is not { } model || parsed.Errors.Count > 0)
            {
                throw new InvalidOperationException($"The built-in process {name} does not parse: {string.Join("; ", parsed.Errors)}");
            }
            var hash = ManageDefinitions.HashOf(xml);
            var latest = await db.Set<WorkflowDefinition>()
                .Where(d => d.TenantId == null && d.Key == model.Key && d.Status == DefinitionStatus.Published)
                .OrderByDescending(d => d.Version).Select(d => d.ContentHash).FirstOrDefaultAsync(cancellationToken);
            if (latest == hash)
            {
                continue;
            }
            var definition = new WorkflowDefinition
            {
                Key = model.Key, Name = model.Label, Xml = xml, ContentHash = hash, Status = DefinitionStatus.Draft, Source = Source,
            };
            db.Add(definition);
            await publishing.PublishAsync(definition, "system", cancellationToken);
        }
    }
}
