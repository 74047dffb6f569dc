using System.Text.Json.Nodes;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Files;
using SafetyPortal.Platform.Workflows;
using SafetyPortal.Workflows.Application;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Workflows.Activities;

/// <summary>
/// "generateDocument": fills a template's {{placeholders}} from the instance's variables, writes a Word document
/// (.docx) to the file store and puts its reference ({id, name, contentType, size, url}) into a variable, so a later
/// task shows it and a notice can link it. The file belongs to the instance like the photos of its tasks.
/// </summary>
internal sealed class GenerateDocumentActivity(IFileStore store, PortalDbContext db, TimeProvider clock) : IWorkflowActivity
{
    public const string Container = "workflows/documents";
    private const long MaxBytes = 20L * 1024 * 1024;

    public string Name => "generateDocument";

    public IReadOnlyList<WorkflowActivityInput> Inputs { get; } =
    [
        new("template", WorkflowValueType.Text, Required: true, "The text, one paragraph a line, '# ' starts a heading; {{variable}} or {{a.b}} placeholders."),
        new("title", WorkflowValueType.Text, Required: false, "A centred heading at the top."),
        new("fileName", WorkflowValueType.Text, Required: false, "The file's name (default: process key and business key)."),
        new("resultVariable", WorkflowValueType.Text, Required: false, "The variable that gets the document's reference (default: document)."),
    ];

    public async Task<WorkflowActivityResult> ExecuteAsync(WorkflowActivityContext context, CancellationToken cancellationToken)
    {
        var text = DocumentTemplate.Fill(context.GetString("template")!, context.Variables);
        var title = context.GetString("title") is { Length: > 0 } t ? DocumentTemplate.Fill(t, context.Variables) : null;
        var fileName = context.GetString("fileName") is { Length: > 0 } name ? DocumentTemplate.Fill(name, context.Variables) : $"{context.ProcessKey}-{context.BusinessKey ?? context.InstanceId.ToString("N")[..8]}";
        if (!fileName.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
        {
            fileName += ".docx";
        }
        using var content = new MemoryStream(DocxWriter.Write(title, text));
        var stored = await store.SaveAsync(Container, fileName, DocxWriter.ContentType, content, MaxBytes, "system", cancellationToken);
        db.Add(new WorkflowFile
        {
            Id = stored.Id, TenantId = context.TenantId, InstanceId = context.InstanceId, ElementId = context.ElementId, Container = Container,
            Name = stored.Name, ContentType = stored.ContentType, Size = stored.Size, CreatedBy = "system", CreationTime = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        var reference = new JsonObject
        {
            ["id"] = stored.Id.ToString(), ["name"] = stored.Name, ["contentType"] = stored.ContentType, ["size"] = stored.Size,
            ["url"] = TaskFiles.UrlOf(stored.Id),
        };
        var variable = context.GetString("resultVariable") is { Length: > 0 } v ? v : "document";
        return new WorkflowActivityResult(new Dictionary<string, JsonNode?> { [variable] = reference });
    }
}
