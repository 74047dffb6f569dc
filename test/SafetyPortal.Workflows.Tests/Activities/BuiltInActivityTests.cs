using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using SafetyPortal.Platform.Workflows;
using SafetyPortal.Workflows.Activities;

namespace SafetyPortal.Workflows.Tests.Activities;

/// <summary>"setEntityStatus" through the kernel contract, and the pieces of "generateDocument".</summary>
public sealed class BuiltInActivityTests
{
    private sealed class RecordingHandler(string entityType, params string[] statuses) : IEntityStatusHandler
    {
        public List<EntityStatusChange> Changes { get; } = [];
        public string EntityType => entityType;
        public IReadOnlyList<string> Statuses => statuses;

        public Task SetStatusAsync(EntityStatusChange change, CancellationToken cancellationToken)
        {
            Changes.Add(change);
            return Task.CompletedTask;
        }
    }

    private static WorkflowActivityContext Context(object inputs, object? variables = null) => new(
        Guid.NewGuid(), Guid.NewGuid(), "hazard-rectification", "HZ-1", "SetStatus",
        JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(inputs))!.AsObject().ToDictionary(p => p.Key, p => p.Value),
        JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(variables ?? new { }))!.AsObject().ToDictionary(p => p.Key, p => p.Value));

    [Fact]
    public async Task Set_entity_status_hands_the_change_to_the_module_owning_the_type()
    {
        var hazards = new RecordingHandler("Hazard", "Rectifying", "Closed");
        var activity = new SetEntityStatusActivity([new RecordingHandler("RiskPoint"), hazards]);
        var result = await activity.ExecuteAsync(Context(new { entityType = "hazard", entityId = "42", status = "closed", comment = "验收通过" }), default);
        var change = Assert.Single(hazards.Changes);
        Assert.Equal(("Hazard", "42", "closed", "验收通过", "HZ-1"), (change.EntityType, change.EntityId, change.Status, change.Comment, change.BusinessKey));
        Assert.Equal("closed", result.Outputs["statusSet"]!.GetValue<string>());
    }

    [Fact]
    public async Task Set_entity_status_without_a_handler_fails_saying_no_module_sets_that_type()
    {
        var none = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new SetEntityStatusActivity([]).ExecuteAsync(Context(new { entityType = "Hazard", entityId = "1", status = "Closed" }), default));
        Assert.Contains("No module sets the status of 'Hazard'", none.Message, StringComparison.Ordinal);
        var other = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new SetEntityStatusActivity([new RecordingHandler("RiskPoint")]).ExecuteAsync(Context(new { entityType = "Hazard", entityId = "1", status = "Closed" }), default));
        Assert.Contains("known entity types: RiskPoint", other.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Set_entity_status_refuses_a_status_the_handler_does_not_know()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => new SetEntityStatusActivity([new RecordingHandler("Hazard", "Open", "Closed")])
            .ExecuteAsync(Context(new { entityType = "Hazard", entityId = "1", status = "Gone" }), default));
        Assert.Contains("Open, Closed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_placeholders_are_filled_from_variables_and_paths()
    {
        var variables = Context(new { }, new { hazardId = "HZ-7", enterprise = new { name = "沙溪五金厂" }, photos = new[] { new { name = "a.jpg" }, new { name = "b.jpg" } }, days = 30 }).Variables;
        Assert.Equal("隐患 HZ-7：沙溪五金厂，照片 a.jpg，b.jpg，期限 30 天",
            DocumentTemplate.Fill("隐患 {{hazardId}}：{{ enterprise.name }}，照片 {{photos}}，期限 {{days}} 天", variables));
    }

    [Fact]
    public void Template_naming_a_missing_variable_is_refused_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => DocumentTemplate.Fill("{{hazardId}} {{deadline}} {{enterprise.code}}", Context(new { }, new { hazardId = "1", enterprise = new { } }).Variables));
        Assert.Contains("{{deadline}}, {{enterprise.code}}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_document_is_a_word_file_with_the_title_and_one_paragraph_per_line()
    {
        var bytes = DocxWriter.Write("整改通知书", "# 一、隐患\n消防通道堵塞\n\n请于 30 日内整改");
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        Assert.Equal(["整改通知书", "一、隐患", "消防通道堵塞", "", "请于 30 日内整改"], paragraphs);
    }

    [Fact]
    public void Registry_lists_the_new_activities_with_typed_inputs()
    {
        var registry = new ActivityRegistry([new SetEntityStatusActivity([]), new StartProcessActivity(null!), new GenerateDocumentActivity(null!, null!, TimeProvider.System)]);
        Assert.True(registry.Exists("startProcess"));
        Assert.Equal(WorkflowValueType.Json, registry.Find("startProcess")!.Inputs.Single(i => i.Name == "variables").Type);
        Assert.True(registry.Find("com.example.SetEntityStatus")!.Inputs.Single(i => i.Name == "entityType").Required);
        Assert.Contains(registry.Find("generateDocument")!.Inputs, i => i.Name == "template" && i.Type == WorkflowValueType.Text);
    }
}
